package org.vdkg.words;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.vdkg.vocab.VDKG;

/**
 * A time span in words ("1959", "early 1959", "late 1970s to mid-1980s", "1950 or later", "date not stated"),
 * from the EDTF form of docs/model.md and the earliest/latest bounds that may narrow it.
 */
public final class DateWords {

    /** The words for a node with no time. */
    public static final String NOT_STATED = "date not stated";

    private static final Pattern PART = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3})X|(\\d{2})XX");

    private DateWords() {
    }

    /** The time of a dated node (claim, milestone, series point) in words, read from its edtf/earliest/latest. */
    public static String of(Resource node) {
        return of(string(node, "edtf"), date(node, "earliest"), date(node, "latest"));
    }

    /**
     * A time span in words. Any argument may be null; the bounds count only where they narrow the EDTF form
     * (the build writes the EDTF's own bounds too), and stand alone when there is no EDTF form.
     */
    public static String of(String edtf, LocalDate earliest, LocalDate latest) {
        if (edtf == null || edtf.isBlank()) {
            return bounds(earliest, latest);
        }
        String[] ends = edtf.strip().split("/", -1);
        if (ends.length > 2) {
            return bounds(earliest, latest);
        }
        Span first = Span.parse(ends[0]);
        Span last = ends.length == 2 ? Span.parse(ends[1]) : first;
        if ((first == null && !open(ends[0])) || (last == null && !open(ends[ends.length - 1]))) {
            return bounds(earliest, latest);
        }
        if (first == null && last == null) {
            return bounds(earliest, latest);
        }
        String from = first == null ? null : endWords(first, earliest, true, last);
        String to = last == null ? null : endWords(last, latest, false, first);
        if (from == null) {
            return "up to " + to;
        }
        if (to == null) {
            return from + " or later";
        }
        if (ends.length == 1) {
            return single(first, earliest, latest);
        }
        return from.equals(to) ? from : from + " to " + to;
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    /** A single EDTF date, narrowed to a part of it when both bounds lie inside it. */
    private static String single(Span s, LocalDate earliest, LocalDate latest) {
        LocalDate e = earliest != null && earliest.isAfter(s.start) && !earliest.isAfter(s.end) ? earliest : s.start;
        LocalDate l = latest != null && latest.isBefore(s.end) && !latest.isBefore(s.start) ? latest : s.end;
        if (e.equals(s.start) && l.equals(s.end)) {
            return s.words;
        }
        if (s.precision == Precision.YEAR) {
            String part = partOfYear(e, l);
            if (part != null) {
                return part;
            }
        }
        if (s.precision == Precision.DECADE && e.getMonthValue() == 1 && e.getDayOfMonth() == 1
            && l.getMonthValue() == 12 && l.getDayOfMonth() == 31) {
            String a = partOfDecade(e.getYear(), true);
            String b = partOfDecade(l.getYear(), false);
            return a.equals(b) ? a : a + " to " + b;
        }
        return bounds(e, l);
    }

    /** "early 1959", "late 1955", "March to May 1959"; null when the bounds are not a part of one year. */
    private static String partOfYear(LocalDate e, LocalDate l) {
        if (e.getYear() != l.getYear() || e.getDayOfMonth() != 1 || l.getDayOfMonth() != l.lengthOfMonth()) {
            return null;
        }
        int m1 = e.getMonthValue();
        int m2 = l.getMonthValue();
        int year = e.getYear();
        if (m1 == 1 && m2 == 12) {
            return Integer.toString(year);
        }
        if (m2 - m1 < 3) {
            return m1 == m2 ? month(m1) + " " + year : month(m1) + " to " + month(m2) + " " + year;
        }
        if (m1 == 1 && m2 <= 6) {
            return "early " + year;
        }
        if (m1 >= 7 && m2 == 12) {
            return "late " + year;
        }
        if (m1 >= 3 && m2 <= 10) {
            return "mid-" + year;
        }
        return month(m1) + " to " + month(m2) + " " + year;
    }

    /**
     * One end of an interval: the EDTF end, or the bound where it narrows that end. A bound narrowing a decade
     * boundary year (1970 in "1970/1989") reads as a part of that decade, as curators widen "late 1970s" to 1975.
     */
    private static String endWords(Span s, LocalDate bound, boolean start, Span other) {
        LocalDate edge = start ? s.start : s.end;
        boolean narrows = bound != null && (start ? bound.isAfter(edge) : bound.isBefore(edge));
        if (!narrows) {
            return s.words;
        }
        boolean decadeEdge = s.precision == Precision.YEAR && (start ? s.start.getYear() % 10 == 0 : s.end.getYear() % 10 == 9);
        boolean yearAligned = start ? bound.getDayOfYear() == 1 : bound.getDayOfYear() == bound.lengthOfYear();
        if (decadeEdge && yearAligned && bound.getYear() / 10 == edge.getYear() / 10) {
            return partOfDecade(bound.getYear(), start);
        }
        if (s.precision == Precision.DECADE && yearAligned) {
            return partOfDecade(bound.getYear(), start);
        }
        return dateWords(bound, start);
    }

    /** "early 1970s", "mid-1980s", "late 1970s" for a bound year, read as the start or the end of a period. */
    private static String partOfDecade(int year, boolean start) {
        int d = Math.floorMod(year, 10);
        int decade = year - d;
        String part;
        if (start) {
            part = d <= 2 ? "early " : d <= 4 ? "mid-" : "late ";
        } else {
            part = d <= 3 ? "early " : d <= 7 ? "mid-" : "late ";
        }
        return (start && d == 0) || (!start && d == 9) ? decade + "s" : part + decade + "s";
    }

    /** Two bounds without an EDTF form. */
    private static String bounds(LocalDate earliest, LocalDate latest) {
        if (earliest == null && latest == null) {
            return NOT_STATED;
        }
        if (earliest == null) {
            return "up to " + dateWords(latest, false);
        }
        if (latest == null) {
            return dateWords(earliest, true) + " or later";
        }
        if (earliest.equals(latest)) {
            return day(earliest);
        }
        String part = partOfYear(earliest, latest);
        if (part != null) {
            return part;
        }
        String a = dateWords(earliest, true);
        String b = dateWords(latest, false);
        if (a.equals(b)) {
            return a;
        }
        return a + " to " + b;
    }

    /** A bound at the precision it shows: a whole year, a whole month, or a day. */
    private static String dateWords(LocalDate d, boolean start) {
        boolean yearEdge = start ? d.getDayOfYear() == 1 : d.getDayOfYear() == d.lengthOfYear();
        if (yearEdge) {
            return Integer.toString(d.getYear());
        }
        boolean monthEdge = start ? d.getDayOfMonth() == 1 : d.getDayOfMonth() == d.lengthOfMonth();
        if (monthEdge) {
            return month(d.getMonthValue()) + " " + d.getYear();
        }
        return day(d);
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue()) + " " + d.getYear();
    }

    private static String month(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String string(Resource node, String local) {
        Statement s = node.getProperty(node.getModel().createProperty(VDKG.NS + local));
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static LocalDate date(Resource node, String local) {
        String s = string(node, local);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private enum Precision { DAY, MONTH, YEAR, DECADE, CENTURY }

    /** One EDTF date of the subset: its first and last day, its precision and its plain words. */
    private record Span(LocalDate start, LocalDate end, Precision precision, String words) {

        static Span parse(String text) {
            Matcher m = PART.matcher(text.strip());
            if (!m.matches()) {
                return null;
            }
            try {
                if (m.group(4) != null) {
                    int decade = Integer.parseInt(m.group(4)) * 10;
                    return new Span(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), Precision.DECADE,
                        decade + "s");
                }
                if (m.group(5) != null) {
                    int century = Integer.parseInt(m.group(5));
                    return new Span(LocalDate.of(century * 100, 1, 1), LocalDate.of(century * 100 + 99, 12, 31),
                        Precision.CENTURY, ordinal(century + 1) + " century");
                }
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR,
                        Integer.toString(year));
                }
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new Span(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, month(ym.getMonthValue()) + " " + year);
                }
                LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
                return new Span(d, d, Precision.DAY, day(d));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }

        private static String ordinal(int n) {
            int h = n % 100;
            String suffix = h >= 11 && h <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
    }
}
