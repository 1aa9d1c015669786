package org.vdkg.validate;

import org.vdkg.problem.Rule;
import org.vdkg.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vdkg.model.SourceText;
import org.vdkg.model.NameMatcher;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.SourceRecord;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;

/**
 * Checks, where the source texts are at hand, that each source's {@code paragraphs:} matches its text, and that every
 * English alias given as the articles' own ({@code aliases.en}, not under {@code names:}) is printed in one of them.
 */
public final class SourceTexts {

    private SourceTexts() {
    }

    public static List<Problem> check(Curation c, Path textDir) {
        List<Problem> problems = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        boolean complete = true;
        for (SourceRecord s : c.sources()) {
            if (s.file() == null || s.paragraphs() < 1) {
                continue;
            }
            Path f = textDir.resolve(s.file());
            if (!Files.isRegularFile(f)) {
                complete = false;
                continue;
            }
            SourceText text = SourceText.read(f);
            text.paragraphs().forEach(p -> all.append(p).append('\n'));
            int n = text.count();
            if (n != s.paragraphs()) {
                problems.add(Rule.PARAGRAPH_COUNT_MISMATCH.problem(s.node().posOf("paragraphs"), "source '" + s.id()
                    + "' declares " + s.paragraphs() + " paragraphs but " + s.file() + " has " + n,
                    "recount with the rule of ../shared/sources/README.md and renumber the citations"));
            }
        }
        if (complete && all.length() > 0) {
            unprintedAliases(c, all.toString(), problems);
        }
        return problems;
    }

    /**
     * English aliases that no article prints (ignoring case and diacritics, and allowing the plural the article uses:
     * "weapon" for "weapons"): outside knowledge, to be moved under names: with an origin.
     */
    private static void unprintedAliases(Curation c, String text, List<Problem> problems) {
        java.util.function.Predicate<String> inText = NameMatcher.in(text);
        for (EntityRecord e : c.entities()) {
            e.node().get("aliases").filter(YMap.class::isInstance).flatMap(a -> ((YMap) a).get("en"))
                .ifPresent(en -> Values.texts(Optional.of(en)).forEach(alias -> {
                    if (!inText.test(alias.value()) && !inText.test(alias.value() + "s")) {
                        problems.add(Rule.UNMARKED_OUTSIDE_FACT.problem(alias.pos(), "the alias '" + alias.value()
                            + "' of '" + e.id() + "' is printed in no source article, and has no origin",
                            "move it to names: {en: {aliases: [\"" + alias.value() + "\"], origin: curator}} "
                                + "(or origin: reference with ref:)"));
                    }
                }));
        }
    }
}
