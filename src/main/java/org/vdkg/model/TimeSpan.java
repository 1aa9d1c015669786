package org.vdkg.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/**
 * The {@code time:} of a claim, milestone or series point: an EDTF string, optionally with the curator's
 * paraphrase and narrower explicit bounds ({@code earliest}/{@code latest} within the EDTF bounds).
 *
 * @param text the curator's paraphrase of the stated form, or null
 * @param earliest the first possible day after narrowing, null if open
 * @param latest the last possible day after narrowing, null if open
 */
public record TimeSpan(String edtf, String text, LocalDate earliest, LocalDate latest, boolean vague) {

    /** Keys of the map form. */
    public static final Set<String> KEYS = Set.of("edtf", "text", "earliest", "latest");

    /** Reads a time value; problems (VDKG-E008 and shape errors) go to {@code problems}. */
    public static Optional<TimeSpan> read(YNode node, List<Problem> problems) {
        if (node instanceof YScalar s) {
            return parse(s.value(), s.pos(), problems).map(d -> new TimeSpan(d.edtf(), null, d.earliest(), d.latest(),
                d.isVague()));
        }
        if (!(node instanceof YMap m)) {
            problems.add(Rule.BAD_STRUCTURE.problem(node.pos(), "time must be an EDTF text or a map, not " + node.shape(),
                "write e.g. time: \"1955\" or time: {edtf: \"1955\", text: \"end of 1955\"}"));
            return Optional.empty();
        }
        m.reportUnknownKeys(KEYS, "in time", problems);
        Optional<String> edtfText = m.text("edtf");
        if (edtfText.isEmpty()) {
            problems.add(Rule.MISSING_FIELD.problem(m.pos(), "time map without 'edtf'",
                "add edtf: with the stated form, e.g. edtf: \"1955\""));
            return Optional.empty();
        }
        Optional<EdtfDate> d = parse(edtfText.get(), m.posOf("edtf"), problems);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        LocalDate earliest = d.get().earliest();
        LocalDate latest = d.get().latest();
        Optional<LocalDate> e = bound(m, "earliest", problems);
        Optional<LocalDate> l = bound(m, "latest", problems);
        boolean ok = true;
        if (e.isPresent()) {
            if (outside(e.get(), d.get())) {
                problems.add(Rule.BAD_DATE.problem(m.posOf("earliest"), "earliest " + e.get() + " lies outside the bounds of '"
                    + d.get().edtf() + "'" + bounds(d.get()), "narrow within the EDTF bounds, or widen edtf"));
                ok = false;
            }
            earliest = e.get();
        }
        if (l.isPresent()) {
            if (outside(l.get(), d.get())) {
                problems.add(Rule.BAD_DATE.problem(m.posOf("latest"), "latest " + l.get() + " lies outside the bounds of '"
                    + d.get().edtf() + "'" + bounds(d.get()), "narrow within the EDTF bounds, or widen edtf"));
                ok = false;
            }
            latest = l.get();
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            problems.add(Rule.BAD_DATE.problem(m.posOf("earliest"), "earliest " + earliest + " is after latest " + latest,
                "swap or correct the bounds"));
            ok = false;
        }
        if (!ok || (e.isEmpty() && m.has("earliest")) || (l.isEmpty() && m.has("latest"))) {
            return Optional.empty();
        }
        boolean vague = d.get().isVague() || m.has("text") || e.isPresent() || l.isPresent();
        return Optional.of(new TimeSpan(d.get().edtf(), m.text("text").orElse(null), earliest, latest, vague));
    }

    private static String bounds(EdtfDate d) {
        return " (" + (d.earliest() == null ? ".." : d.earliest()) + " to " + (d.latest() == null ? ".." : d.latest()) + ")";
    }

    private static boolean outside(LocalDate x, EdtfDate d) {
        return (d.earliest() != null && x.isBefore(d.earliest())) || (d.latest() != null && x.isAfter(d.latest()));
    }

    private static Optional<LocalDate> bound(YMap m, String key, List<Problem> problems) {
        Optional<String> t = m.text(key);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!t.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", t.get(), 0);
            }
            return Optional.of(LocalDate.parse(t.get()));
        } catch (DateTimeParseException ex) {
            problems.add(Rule.BAD_DATE.problem(m.posOf(key), key + " '" + t.get() + "' is not a calendar date YYYY-MM-DD",
                "write a full, valid day such as 1955-09-01"));
            return Optional.empty();
        }
    }

    private static Optional<EdtfDate> parse(String s, Position pos, List<Problem> problems) {
        try {
            return Optional.of(EdtfDate.parse(s));
        } catch (EdtfDate.InvalidEdtf ex) {
            problems.add(Rule.BAD_DATE.problem(pos, "bad date: " + ex.getMessage(),
                "use the EDTF subset of docs/model.md: 1953, 1947-12, 1945-09-02, 197X, 19XX, 1965/1975, 1959/.., ../1975"));
            return Optional.empty();
        }
    }
}
