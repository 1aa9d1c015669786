package org.vdkg.ontology;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** Paths of the ontology, the shapes and the shape fixtures, and loaders for them. */
final class OntologyFiles {
    static final String NS = "https://w3id.org/vdkg/ontology#";
    static final String SHAPES_NS = "https://w3id.org/vdkg/shapes#";
    static final Path ONTOLOGY = Path.of("ontology", "vdkg.ttl");
    static final Path SHAPES = Path.of("ontology", "shapes", "vdkg-shapes.ttl");
    static final Path FIXTURES = Path.of("src", "test", "resources", "shapes");
    static final Path VALID_FIXTURE = FIXTURES.resolve("valid-claims.ttl");
    static final Path MODEL_DOC = Path.of("docs", "model.md");
    static final List<Path> DOCS = List.of(Path.of("docs", "ontology.md"), Path.of("docs", "ontology.dot"));

    private OntologyFiles() {}

    static Model ontology() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    static Model shapes() {
        return RDFDataMgr.loadModel(SHAPES.toString());
    }

    static Model load(Path... paths) {
        Model m = ModelFactory.createDefaultModel();
        for (Path p : paths) {
            RDFDataMgr.read(m, p.toString());
        }
        return m;
    }
}
