package org.vdkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.CurationResult;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.vocab.IriScheme;

/** The golden fixture maps to exactly the graphs of the hand-written expected.trig (compared as graphs). */
class GoldenMappingTest {

    static final Path GOLDEN = Path.of("src/test/resources/fixtures/golden");

    @Test
    void goldenFixtureMapsToTheExpectedNamedGraphs() {
        CurationResult r = CurationPipeline.run(new ProjectLayout(GOLDEN), IriScheme.DEFAULT_BASE);
        assertEquals(List.of(), r.problems().stream().map(Problem::format).toList());
        Dataset expected = RDFDataMgr.loadDataset(GOLDEN.resolve("expected.trig").toString());
        Set<String> expectedNames = names(expected);
        Dataset actual = r.dataset();
        actual.executeRead(() -> {
            Set<String> actualNames = new TreeSet<>();
            for (String n : names(actual)) {
                if (!actual.getNamedModel(n).isEmpty()) {
                    actualNames.add(n);
                }
            }
            assertEquals(expectedNames, actualNames, "named graphs");
            for (String n : expectedNames) {
                Model e = expected.getNamedModel(n);
                Model a = actual.getNamedModel(n);
                assertTrue(e.isIsomorphicWith(a), () -> n + " differs:\n" + diff(e, a));
            }
        });
    }

    private static Set<String> names(Dataset ds) {
        Set<String> out = new TreeSet<>();
        ds.listModelNames().forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    private static String diff(Model expected, Model actual) {
        List<String> lines = new ArrayList<>();
        for (Iterator<Statement> it = expected.listStatements(); it.hasNext(); ) {
            Statement s = it.next();
            if (!actual.contains(s)) {
                lines.add("missing: " + s);
            }
        }
        for (Iterator<Statement> it = actual.listStatements(); it.hasNext(); ) {
            Statement s = it.next();
            if (!expected.contains(s)) {
                lines.add("extra:   " + s);
            }
        }
        return String.join("\n", lines);
    }
}
