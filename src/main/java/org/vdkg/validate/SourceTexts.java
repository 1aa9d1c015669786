package org.vdkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vdkg.model.Curation;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.SourceText;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/** Checks, where the source texts are at hand, that each source's {@code paragraphs:} matches its text. */
public final class SourceTexts {

    private SourceTexts() {
    }

    public static List<Problem> check(Curation c, Path textDir) {
        List<Problem> problems = new ArrayList<>();
        for (SourceRecord s : c.sources()) {
            if (s.file() == null || s.paragraphs() < 1) {
                continue;
            }
            Path f = textDir.resolve(s.file());
            if (!Files.isRegularFile(f)) {
                continue;
            }
            int n = SourceText.read(f).count();
            if (n != s.paragraphs()) {
                problems.add(Rule.PARAGRAPH_COUNT_MISMATCH.problem(s.node().posOf("paragraphs"), "source '" + s.id()
                    + "' declares " + s.paragraphs() + " paragraphs but " + s.file() + " has " + n,
                    "recount with the rule of ../shared/sources/README.md and renumber the citations"));
            }
        }
        return problems;
    }
}
