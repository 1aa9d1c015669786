package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The SHACL shapes accept the valid fixtures and reject each malformed fixture for the reason it was made. */
class ShapesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapesModel = OntologyFiles.shapes();
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    private static ValidationReport validate(Path fixture) {
        Graph data = OntologyFiles.load(fixture).getGraph();
        return ShaclValidator.get().validate(shapes, data);
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
            .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent().getLocalName() + ": " + e.message())
            .collect(Collectors.joining("\n"));
    }

    private static String expand(String curie) {
        if (curie.equals("-")) {
            return null;
        }
        String prefix = curie.substring(0, curie.indexOf(':'));
        String local = curie.substring(curie.indexOf(':') + 1);
        String ns = switch (prefix) {
            case "vdkg" -> OntologyFiles.NS;
            case "prov" -> "http://www.w3.org/ns/prov#";
            case "rdfs" -> "http://www.w3.org/2000/01/rdf-schema#";
            case "org" -> "http://www.w3.org/ns/org#";
            default -> throw new IllegalArgumentException(curie);
        };
        return ns + local;
    }

    private static String pathIri(ReportEntry e) {
        return e.resultPath() instanceof P_Link link ? link.getNode().getURI() : null;
    }

    /** The node shape a result comes from: the shape itself, or the node shape holding the property shape. */
    private static String nodeShapeOf(ReportEntry e) {
        Node source = e.source();
        var r = shapesModel.wrapAsResource(source);
        if (shapesModel.contains(r, RDF.type, shapesModel.createResource(SH + "NodeShape"))) {
            return source.getURI();
        }
        var owners = shapesModel.listSubjectsWithProperty(shapesModel.createProperty(SH + "property"), r).toList();
        return owners.isEmpty() ? String.valueOf(source) : owners.get(0).getURI();
    }

    @Test
    void validFixturesConform() {
        for (Path valid : List.of(OntologyFiles.VALID_FIXTURE, OntologyFiles.FIXTURES.resolve("valid-minimal-claims.ttl"))) {
            ValidationReport report = validate(valid);
            assertTrue(report.conforms(), valid + " should conform:\n" + describe(report));
        }
    }

    @Test
    void validFixtureConformsWhenTheOntologyIsPartOfTheDataGraph() {
        // The builder may validate the union of all graphs, graph/ontology included.
        Graph data = OntologyFiles.load(OntologyFiles.ONTOLOGY, OntologyFiles.VALID_FIXTURE).getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertTrue(report.conforms(), describe(report));
    }

    @ParameterizedTest(name = "{0} is rejected ({2} on {1})")
    @CsvFileSource(resources = "/shapes/malformed-cases.csv")
    void malformedFixtureIsRejected(String fixture, String path, String component) {
        ValidationReport report = validate(OntologyFiles.FIXTURES.resolve(fixture + ".ttl"));
        assertFalse(report.conforms(), fixture + " should not conform");
        String expectedPath = expand(path);
        List<ReportEntry> matching = report.getEntries().stream()
            .filter(e -> e.sourceConstraintComponent().getLocalName().equals(component + "ConstraintComponent"))
            .filter(e -> expectedPath == null ? e.resultPath() == null : expectedPath.equals(pathIri(e)))
            .toList();
        assertFalse(matching.isEmpty(), fixture + ": expected " + component + " on " + path + ", got:\n" + describe(report));
        for (ReportEntry e : matching) {
            assertTrue(e.message() != null && !e.message().isBlank(), fixture + ": result without a message");
        }
    }

    @Test
    void everyFixtureFileIsListedAndEveryNodeShapeHasAMalformedFixture() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(OntologyFiles.FIXTURES.resolve("malformed-cases.csv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.split(",")[0]);
            }
        }
        Set<String> files;
        try (Stream<Path> s = Files.list(OntologyFiles.FIXTURES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl") && !n.startsWith("valid-") && !n.startsWith("inconsistent-"))
                .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(listed), "malformed fixtures and malformed-cases.csv disagree");

        // Which node shape each case exercises, computed here so the check does not depend on test order.
        Set<String> exercised = new TreeSet<>();
        for (String fixture : listed) {
            for (ReportEntry e : validate(OntologyFiles.FIXTURES.resolve(fixture + ".ttl")).getEntries()) {
                exercised.add(nodeShapeOf(e));
            }
        }
        Set<String> nodeShapes = shapesModel.listSubjectsWithProperty(RDF.type, shapesModel.createResource(SH + "NodeShape"))
            .toList().stream().filter(r -> r.isURIResource()).map(r -> r.getURI()).collect(Collectors.toCollection(TreeSet::new));
        nodeShapes.removeAll(exercised);
        assertEquals(Set.of(), nodeShapes, "node shapes without a malformed fixture");
    }
}
