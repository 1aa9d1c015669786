package org.vdkg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in vdkg's EDTF subset (docs/model.md, Time) with the bounds it implies: {@code 1953},
 * {@code 1947-12}, {@code 1945-09-02}, {@code 197X}, {@code 19XX}, and intervals {@code a/b},
 * {@code a/..}, {@code ../b} of those.
 *
 * @param earliest first possible day, null for an open start
 * @param latest last possible day, null for an open end
 */
public record EdtfDate(String edtf, LocalDate earliest, LocalDate latest) {

    private static final Pattern SINGLE = Pattern.compile(
        "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3})X|(\\d{2})XX");

    /** Thrown for text outside the subset or an impossible date; the message says why. */
    public static final class InvalidEdtf extends IllegalArgumentException {
        public InvalidEdtf(String message) {
            super(message);
        }
    }

    /** Parses {@code s}, or throws {@link InvalidEdtf}. */
    public static EdtfDate parse(String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidEdtf("empty date");
        }
        String t = s.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            LocalDate[] b = single(t);
            return new EdtfDate(t, b[0], b[1]);
        }
        if (t.indexOf('/', slash + 1) >= 0) {
            throw new InvalidEdtf("'" + t + "' has more than one '/'");
        }
        String a = t.substring(0, slash);
        String b = t.substring(slash + 1);
        boolean openA = a.equals("..");
        boolean openB = b.equals("..");
        if (openA && openB) {
            throw new InvalidEdtf("'" + t + "' is open at both ends; give at least one date");
        }
        LocalDate start = openA ? null : single(a)[0];
        LocalDate end = openB ? null : single(b)[1];
        if (!openA && !openB && single(a)[0].isAfter(end)) {
            throw new InvalidEdtf("interval '" + t + "' ends before it starts");
        }
        return new EdtfDate(t, start, end);
    }

    private static LocalDate[] single(String s) {
        Matcher m = SINGLE.matcher(s);
        if (!m.matches()) {
            throw new InvalidEdtf("'" + s + "' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, YYYX, YYXX"
                + " or an interval a/b, a/.., ../b");
        }
        try {
            if (m.group(4) != null) {
                int d = Integer.parseInt(m.group(4)) * 10;
                return new LocalDate[] {LocalDate.of(d, 1, 1), LocalDate.of(d + 9, 12, 31)};
            }
            if (m.group(5) != null) {
                int c = Integer.parseInt(m.group(5)) * 100;
                return new LocalDate[] {LocalDate.of(c, 1, 1), LocalDate.of(c + 99, 12, 31)};
            }
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            LocalDate d = LocalDate.of(y, ym.getMonthValue(), Integer.parseInt(m.group(3)));
            return new LocalDate[] {d, d};
        } catch (DateTimeException e) {
            throw new InvalidEdtf("'" + s + "' is not a calendar date (" + e.getMessage() + ")");
        }
    }

    /** Whether the form is an interval, a decade or a century rather than one year, month or day. */
    public boolean isVague() {
        return edtf.contains("/") || edtf.contains("X");
    }
}
