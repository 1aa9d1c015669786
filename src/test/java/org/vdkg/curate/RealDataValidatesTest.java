package org.vdkg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.vocab.IriScheme;

/** The project's real curated data passes every rule, quickly, and maps to one graph per source. */
class RealDataValidatesTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void realDataValidatesWithZeroErrors() {
        assertTrue(Files.isRegularFile(ROOT.resolve("data/sources.yaml")), "data/sources.yaml is missing");
        long start = System.nanoTime();
        CurationResult r = CurationPipeline.run(new ProjectLayout(ROOT), IriScheme.DEFAULT_BASE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors.stream().map(Problem::format).toList(),
            () -> errors.stream().map(Problem::format).collect(Collectors.joining("\n")));
        assertTrue(millis < 10_000, "pipeline took " + millis + " ms");
        r.dataset().executeRead(() -> {
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("entities")));
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("sources")));
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("army-foreign-affairs")));
        });
    }
}
