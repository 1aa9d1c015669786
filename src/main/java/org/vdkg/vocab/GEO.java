package org.vdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Basic Geo (WGS84 lat/long) terms the gazetteer's coordinates use: plain decimal degrees, simple to filter in
 * SPARQL. Jena ships no class for them.
 */
public final class GEO {

    /** The Basic Geo namespace. */
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    /** Latitude in decimal degrees. */
    public static final Property lat = ResourceFactory.createProperty(NS + "lat");

    /** Longitude in decimal degrees. */
    public static final Property long_ = ResourceFactory.createProperty(NS + "long");

    private GEO() {
    }
}
