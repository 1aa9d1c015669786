package org.vdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C PROV ontology ({@code http://www.w3.org/ns/prov#}) that vdkg uses; Jena ships no PROV class. */
public final class PROV {

    /** The PROV namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** Links a claim to the citation of the evidence it rests on. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    /** Links a claim to the curation commit that last changed it. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");

    /** When an activity (a curation commit) ended. */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");

    /** A release and the release it revises. */
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");

    private PROV() {
    }
}
