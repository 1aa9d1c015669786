package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.vdkg.support.BuiltDatabase;

/** Checks the database built from the real curated data (every named graph) against the shapes and the ontology. */
class BuiltGraphTest {
    private static Model union;

    @BeforeAll
    static void load() {
        union = BuiltDatabase.union();
        union.add(OntologyFiles.ontology());
    }

    @Test
    void builtGraphConformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(OntologyFiles.shapes().getGraph()), union.getGraph());
        String problems = report.getEntries().stream().limit(50)
            .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).collect(Collectors.joining("\n"));
        assertTrue(report.conforms(), report.getEntries().size() + " problems, first ones:\n" + problems);
    }

    @Test
    void builtGraphIsConsistentWithTheOntology() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, union, Lang.NTRIPLES);
        OWLOntology o = OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
        Configuration conf = new Configuration();
        conf.ignoreUnsupportedDatatypes = true;
        OWLReasoner r = new ReasonerFactory().createReasoner(o, conf);
        try {
            assertTrue(r.isConsistent());
        } finally {
            r.dispose();
        }
    }

    @Test
    void derivationRulesRunOnTheBuiltGraph() {
        Property derivation = union.createProperty(OntologyFiles.NS + "derivation");
        Map<String, Long> counts = new TreeMap<>();
        for (Statement rule : union.listStatements(null, derivation, (String) null).toList()) {
            try (QueryExecution qe = QueryExecution.model(union).query(rule.getString()).build()) {
                counts.put(rule.getSubject().getLocalName(), qe.execConstruct().size());
            }
        }
        System.out.println("edges derived from the built graph: " + counts);
        assertTrue(counts.get("providedAidTo") > 0, "no vdkg:providedAidTo edge derived: " + counts);
    }
}
