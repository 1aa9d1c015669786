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
import org.vdkg.problem.Rule;
import org.vdkg.vocab.IriScheme;

/**
 * The project's real curated data passes every rule, records the origin of everything from outside the articles, and
 * maps to one graph per source. (How fast is a question for {@code vdkg bench}, not for a test on a shared machine.)
 */
class RealDataValidatesTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void realDataValidatesWithZeroErrors() {
        assertTrue(Files.isRegularFile(ROOT.resolve("data/sources.yaml")), "data/sources.yaml is missing");
        CurationResult r = CurationPipeline.run(new ProjectLayout(ROOT), IriScheme.DEFAULT_BASE);
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors.stream().map(Problem::format).toList(),
            () -> errors.stream().map(Problem::format).collect(Collectors.joining("\n")));
        // Every value from outside the articles carries its origin, and every body reaches a state or says why not.
        assertEquals(List.of(), r.problems().stream().filter(p -> p.id().equals(Rule.UNMARKED_OUTSIDE_FACT.id())
            || p.id().equals(Rule.BODY_WITHOUT_STATE.id())).map(Problem::format).toList());
        r.dataset().executeRead(() -> {
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("entities")));
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("sources")));
            assertTrue(r.dataset().containsNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).graph("army-foreign-affairs")));
        });
    }
}
