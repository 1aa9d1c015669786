package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/ontology.md and docs/ontology.dot are up to date with the ontology. To regenerate:
 * {@code ./mvnw -q -Dtest=OntologyDocsTest -Dvdkg.writeDocs=true test} (then render the SVG with
 * {@code dot -Tsvg docs/ontology.dot -o docs/ontology.svg}).
 */
class OntologyDocsTest {

    @Test
    void committedDocsMatchTheOntology() throws IOException {
        OntologyDocWriter writer = new OntologyDocWriter(OntologyFiles.ontology());
        if (Boolean.getBoolean("vdkg.writeDocs")) {
            writer.writeTo(Path.of("docs"));
        }
        Path generated = Path.of("target", "generated-docs");
        writer.writeTo(generated);
        for (Path doc : OntologyFiles.DOCS) {
            assertTrue(Files.exists(doc), doc + " is missing: regenerate with -Dvdkg.writeDocs=true");
            assertEquals(Files.readString(generated.resolve(doc.getFileName())), Files.readString(doc),
                doc + " is out of date: regenerate with ./mvnw -q -Dtest=OntologyDocsTest -Dvdkg.writeDocs=true test");
        }
    }

    @Test
    void docsMentionEveryClassAndProperty() throws IOException {
        String md = Files.readString(Path.of("docs", "ontology.md"));
        for (String term : OntologyLintTest.contractTerms()) {
            assertTrue(md.contains("### vdkg:" + term + "\n"), "docs/ontology.md has no section for vdkg:" + term);
        }
    }
}
