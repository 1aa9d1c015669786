package org.vdkg.coverage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;

/**
 * The text of {@code vdkg coverage [--source ID]}: prints, per source, the content paragraphs no claim cites and,
 * when the source texts are at hand, the entity names a paragraph mentions but its claims leave out.
 * The CLI parses options and calls {@link #execute}; the work is {@link CoverageReport#compute}.
 */
public final class CoverageText {

    /** One-line description for {@code --help}. */
    public static final String DESCRIPTION =
        "Show which content paragraphs of each source carry no claim, and names their claims leave out.";

    private CoverageText() {
    }

    /**
     * Computes coverage of {@code layout} and prints it to {@code out}.
     *
     * @param source only this source id, or all when empty
     * @return the exit code: 0 when printed, 1 when {@code source} names no source
     */
    public static int execute(ProjectLayout layout, Optional<String> source, PrintStream out, PrintStream err) {
        return execute(layout, source, layout.sharedSourcesDir(), out, err);
    }

    /** As {@link #execute(ProjectLayout, Optional, PrintStream, PrintStream)}, the texts read from {@code texts}. */
    public static int execute(ProjectLayout layout, Optional<String> source, Optional<java.nio.file.Path> texts,
                              PrintStream out, PrintStream err) {
        CoverageReport report = CoverageReport.compute(layout, texts);
        if (source.isPresent() && report.sources().stream().noneMatch(s -> s.source().equals(source.get()))) {
            err.println("error: no source '" + source.get() + "' in data/sources.yaml");
            return 1;
        }
        render(report, source).forEach(out::println);
        return 0;
    }

    /** The report as text lines. */
    public static List<String> render(CoverageReport report, Optional<String> source) {
        List<String> lines = new ArrayList<>();
        long errors = report.problems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            lines.add("note: the data has " + errors + " reading error(s); run 'vdkg validate'. Coverage below"
                + " counts what could be read.");
        }
        for (CoverageReport.SourceCoverage s : report.sources()) {
            if (source.isPresent() && !source.get().equals(s.source())) {
                continue;
            }
            lines.add(String.format(Locale.ROOT, "%s: %d of %d content paragraphs cited (%.0f%%), %d claims",
                s.source(), s.cited().size(), s.content().size(), 100 * s.ratio(), s.claims()));
            lines.add("  uncited: " + (s.uncited().isEmpty() ? "none" : ranges(s.uncited())));
            if (!s.textAvailable()) {
                lines.add("  source text not at hand: names not checked");
                continue;
            }
            if (s.textParagraphs() != s.paragraphs()) {
                lines.add("  warning: the text has " + s.textParagraphs() + " paragraphs, sources.yaml says "
                    + s.paragraphs());
            }
            s.mentions().stream().collect(Collectors.groupingBy(CoverageReport.Mention::paragraph,
                    java.util.TreeMap::new, Collectors.toList()))
                .forEach((p, ms) -> lines.add("  paragraph " + p + " names, not in its claims: "
                    + ms.stream().map(m -> m.entity() + " (\"" + m.name() + "\")").collect(Collectors.joining(", "))));
        }
        return lines;
    }

    /** 3, 4, 5, 9 -> "3-5, 9". */
    static String ranges(List<Integer> ns) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < ns.size()) {
            int j = i;
            while (j + 1 < ns.size() && ns.get(j + 1) == ns.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? String.valueOf(ns.get(i)) : ns.get(i) + "-" + ns.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
