package org.vdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The expected answer of a saved query ({@code queries/expected/<id>.tsv}): leading {@code #} comment lines (a line
 * {@code # ordered} makes row order significant), a header of variable names, then tab-separated rows of plain
 * lexical values (empty for unbound). Cells that both read as numbers are compared numerically.
 *
 * @param ordered whether the row order must match
 * @param columns the expected variable names
 * @param rows the expected rows
 */
public record ExpectedAnswer(boolean ordered, List<String> columns, List<List<String>> rows) {

    public ExpectedAnswer {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads an expected-answer TSV file. */
    public static ExpectedAnswer read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of an expected-answer TSV file. */
    public static ExpectedAnswer parse(String text) {
        boolean ordered = false;
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            if (columns == null) {
                if (line.startsWith("#")) {
                    ordered |= line.substring(1).strip().equalsIgnoreCase("ordered");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                columns = List.of(line.split("\t", -1));
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            while (cells.size() < columns.size()) {
                cells.add("");
            }
            rows.add(cells);
        }
        return new ExpectedAnswer(ordered, columns == null ? List.of() : columns, rows);
    }

    /** Why {@code actual} differs from this answer, or empty if it matches. */
    public Optional<String> mismatch(ResultTable actual) {
        if (!columns.equals(actual.columns())) {
            return Optional.of("columns differ: expected " + columns + " but got " + actual.columns());
        }
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                return Optional.of("expected row has " + r.size() + " cells, not " + columns.size() + ": " + r);
            }
        }
        List<List<String>> want = normalised(rows);
        List<List<String>> got = normalised(actual.rows());
        if (!ordered) {
            Comparator<List<String>> byCells = Comparator.comparing(r -> String.join("\t", r));
            want = want.stream().sorted(byCells).toList();
            got = got.stream().sorted(byCells).toList();
        }
        if (want.equals(got)) {
            return Optional.empty();
        }
        List<List<String>> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<List<String>> extra = new ArrayList<>(got);
        want.forEach(extra::remove);
        if (missing.isEmpty() && extra.isEmpty()) {
            return Optional.of("rows in another order: expected " + want + " but got " + got);
        }
        return Optional.of("missing rows " + missing + "; unexpected rows " + extra);
    }

    private static List<List<String>> normalised(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(ExpectedAnswer::normalise).toList()).toList();
    }

    /** A number in canonical plain form ({@code 17000000.0} and {@code 1.7E7} become {@code 17000000}); other text as is. */
    static String normalise(String cell) {
        String c = cell.strip();
        if (c.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            BigDecimal d = new BigDecimal(c).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        }
        return cell;
    }
}
