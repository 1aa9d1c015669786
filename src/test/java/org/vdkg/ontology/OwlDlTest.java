package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology is in the OWL 2 DL profile and consistent, alone and with a data sample. */
class OwlDlTest {

    /** Parses the files as one RDF graph, so data triples are read with the ontology's declarations. */
    static OWLOntology load(OWLOntologyManager m, Path... files) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, OntologyFiles.load(files), Lang.NTRIPLES);
        return m.loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * OWL 2's datatype map has no xsd:date or xsd:gYear, yet the contract stores day bounds
     * (vdkg:earliest, vdkg:latest, vdkg:received ...) and years (vdkg:year) in them, as SPARQL
     * and SHACL expect. Literals of exactly these two datatypes are the one accepted deviation
     * in data; the ontology itself uses neither.
     */
    private static boolean isAcceptedDateLiteral(OWLProfileViolation v) {
        String s = v.toString();
        boolean kind = s.startsWith("Use of defined datatype in datatype restriction")
            || s.startsWith("Use of undeclared datatype: xsd:date ") || s.startsWith("Use of undeclared datatype: xsd:gYear ");
        return kind && (s.contains("^^xsd:date)") || s.contains("^^xsd:gYear)") || s.contains("^^xsd:date ") || s.contains("^^xsd:gYear "));
    }

    private static List<String> violations(OWLOntology o) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        return report.getViolations().stream().filter(v -> !isAcceptedDateLiteral(v))
            .map(OWLProfileViolation::toString).sorted().limit(20).collect(Collectors.toList());
    }

    private static boolean consistent(OWLOntology o) {
        Configuration conf = new Configuration();
        // xsd:date and xsd:gYear are outside the OWL 2 datatype map; HermiT would refuse them.
        conf.ignoreUnsupportedDatatypes = true;
        OWLReasoner r = new ReasonerFactory().createReasoner(o, conf);
        try {
            return r.isConsistent();
        } finally {
            r.dispose();
        }
    }

    @Test
    void ontologyIsInTheOwl2DlProfile() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = m.loadOntologyFromOntologyDocument(OntologyFiles.ONTOLOGY.toFile());
        assertTrue(o.getAxiomCount() > 500, "too few axioms: " + o.getAxiomCount());
        assertEquals(List.of(), violations(o));
    }

    @Test
    void ontologyIsConsistent() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = m.loadOntologyFromOntologyDocument(OntologyFiles.ONTOLOGY.toFile());
        assertTrue(consistent(o));
    }

    @Test
    void ontologyWithDataSampleIsInProfileAndConsistent() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = load(m, OntologyFiles.ONTOLOGY, OntologyFiles.VALID_FIXTURE);
        assertEquals(List.of(), violations(o));
        assertTrue(consistent(o));
    }

    @Test
    void reasonerRejectsAClaimTypedAsAnActor() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = load(m, OntologyFiles.ONTOLOGY, OntologyFiles.FIXTURES.resolve("inconsistent-claim-typed-as-person.ttl"));
        assertFalse(consistent(o));
    }
}
