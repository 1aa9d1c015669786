package org.vdkg.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vdkg.build.NameKeys;
import org.vdkg.vocab.Schemes;

/**
 * The explorer's filter state, read from URL parameters and checked against the index: every value must be one the
 * data knows (an unknown one is the client's mistake, answered 400 with this class's message); repeated values of a
 * facet are alternatives (OR), facets combine with AND.
 */
final class ExploreFilter {

    /** The facets, in the order the page shows them, with their labels. */
    static final Map<String, String> FACETS = facets();
    /** Single-valued parameters. */
    static final Set<String> SINGLE = Set.of("from", "to", "time", "q", "view", "limit", "offset", "facetLimit");
    static final List<String> VIEWS = List.of("list", "table", "network", "timeline", "map");
    static final List<String> CONFIDENCE = List.of("high", "medium", "low", "none");
    static final List<String> YES_NO = List.of("yes", "no");
    static final int MAX_VALUES = 100;
    static final int MAX_LENGTH = 300;
    static final int MAX_LIMIT = 5000;
    /**
     * Values listed per facet by default, the most frequent first: a corpus of many articles names thousands of actors,
     * and a list of thousands of checkboxes helps no one (the name search narrows it). The rest are counted in
     * {@code more}.
     */
    static final int FACET_VALUES = 200;
    static final int MAX_FACET_VALUES = 5000;
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2999;

    private final Map<String, Set<String>> selected;
    private final Integer from;
    private final Integer to;
    private final boolean within;
    private final String q;
    private final String qKey;
    final String view;
    final int limit;
    final int offset;
    /** Values listed per facet (the selected ones are listed besides). */
    final int facetLimit;

    private ExploreFilter(Map<String, Set<String>> selected, Integer from, Integer to, boolean within, String q,
            String view, int limit, int offset, int facetLimit) {
        this.selected = selected;
        this.from = from;
        this.to = to;
        this.within = within;
        this.q = q;
        this.qKey = q == null ? null : NameKeys.of(q);
        this.view = view;
        this.limit = limit;
        this.offset = offset;
        this.facetLimit = facetLimit;
    }

    private static Map<String, String> facets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", "Kind of claim");
        m.put("actor", "Actor (any role)");
        m.put("state", "Actor's state");
        m.put("place", "Place (with the places within it)");
        m.put("source", "Source");
        m.put("confidence", "Confidence");
        m.put("rank", "Rank against other sources");
        m.put("ambiguity", "Ambiguity or alternative reading");
        m.put("dated", "Date");
        return m;
    }

    /**
     * Reads and checks the parameters.
     *
     * @throws IllegalArgumentException with a message for the client when a parameter is unknown or wrong
     */
    static ExploreFilter parse(Map<String, String[]> params, ExploreIndex index) {
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            String name = e.getKey();
            if (!FACETS.containsKey(name) && !SINGLE.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + shorten(name) + "'; known: "
                    + String.join(", ", FACETS.keySet()) + ", " + String.join(", ", List.of("from", "to", "time", "q",
                    "view", "limit", "offset", "facetLimit")));
            }
            String[] values = e.getValue();
            if (values.length > MAX_VALUES) {
                throw new IllegalArgumentException("too many values of '" + name + "' (" + values.length + "; at most "
                    + MAX_VALUES + ")");
            }
            for (String v : values) {
                if (v.length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("the value of '" + name + "' is too long (" + v.length()
                        + " characters; at most " + MAX_LENGTH + ")");
                }
            }
            Set<String> distinct = new LinkedHashSet<>(List.of(values));
            distinct.remove("");
            if (SINGLE.contains(name) && distinct.size() > 1) {
                throw new IllegalArgumentException("give '" + name + "' once (got " + distinct.size() + " values)");
            }
            if (FACETS.containsKey(name)) {
                for (String v : distinct) {
                    check(name, v, index);
                }
                if (!distinct.isEmpty()) {
                    selected.put(name, Set.copyOf(distinct));
                }
            }
        }
        Integer from = year(params, "from");
        Integer to = year(params, "to");
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        String time = single(params, "time");
        if (time != null && !time.equals("overlaps") && !time.equals("within")) {
            throw new IllegalArgumentException("time must be 'overlaps' (the claim's span meets the window) or 'within' "
                + "(it lies inside the window), not '" + shorten(time) + "'");
        }
        String q = single(params, "q");
        if (q != null && (q.isBlank() || NameKeys.of(q).isEmpty())) {
            q = null;
        }
        if (q != null && q.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
            || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED)) {
            throw new IllegalArgumentException("q holds a control or unassigned character");
        }
        String view = single(params, "view");
        if (view != null && !VIEWS.contains(view)) {
            throw new IllegalArgumentException("view must be one of " + String.join(", ", VIEWS) + ", not '"
                + shorten(view) + "'");
        }
        int limit = number(params, "limit", 1, MAX_LIMIT, 1000);
        int offset = number(params, "offset", 0, Integer.MAX_VALUE, 0);
        int facetLimit = number(params, "facetLimit", 1, MAX_FACET_VALUES, FACET_VALUES);
        return new ExploreFilter(selected, from, to, "within".equals(time), q, view == null ? "list" : view, limit,
            offset, facetLimit);
    }

    private static void check(String facet, String v, ExploreIndex index) {
        boolean ok = switch (facet) {
            case "kind" -> index.kinds().containsKey(v);
            case "actor", "state", "place" -> index.isEntity(v);
            case "source" -> index.isSource(v);
            case "confidence" -> CONFIDENCE.contains(v);
            case "rank" -> Schemes.contains(Schemes.RANK, v);
            case "ambiguity", "dated" -> YES_NO.contains(v);
            default -> false;
        };
        if (!ok) {
            String hint = switch (facet) {
                case "kind" -> "a claim class such as AidProvision; known: " + String.join(", ", index.kinds().keySet());
                case "actor", "state", "place" -> "an entity path after id/, such as org/soviet-union or place/cao-bang,"
                    + " named by some claim (see facets." + facet + " in /explore.json)";
                case "source" -> "a source article id (see facets.source in /explore.json)";
                case "confidence" -> String.join(", ", CONFIDENCE);
                case "rank" -> String.join(", ", Schemes.concepts(Schemes.RANK));
                default -> "yes or no";
            };
            throw new IllegalArgumentException("unknown " + facet + " '" + shorten(v) + "': give " + hint);
        }
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        if (v == null) {
            return null;
        }
        for (String s : v) {
            if (!s.isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static Integer year(Map<String, String[]> params, String name) {
        String v = single(params, name);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?[0-9]{1,4}") || Integer.parseInt(v) < MIN_YEAR || Integer.parseInt(v) > MAX_YEAR) {
            throw new IllegalArgumentException(name + " must be a year from " + MIN_YEAR + " to " + MAX_YEAR + ", not '"
                + shorten(v) + "'");
        }
        return Integer.parseInt(v);
    }

    private static int number(Map<String, String[]> params, String name, int min, int max, int dflt) {
        String v = single(params, name);
        if (v == null) {
            return dflt;
        }
        if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '"
                + shorten(v) + "'");
        }
        return Integer.parseInt(v);
    }

    /** A value quoted back in a message: short, and with only printable ASCII (the message is JSON or text). */
    private static String shorten(String v) {
        StringBuilder b = new StringBuilder();
        v.codePoints().limit(60).forEach(c -> b.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return v.codePointCount(0, v.length()) > 60 ? b + "..." : b.toString();
    }

    Set<String> selected(String facet) {
        return selected.getOrDefault(facet, Set.of());
    }

    /**
     * What one pass over the claims finds.
     *
     * @param results the claims that pass every filter, in the index's order
     * @param counts per facet, per value, the claims that pass every OTHER filter and have that value (the usual
     *        faceted-search counts: choosing a value of one facet does not hide the other values of the same facet);
     *        empty when not asked for
     */
    record Pass(List<ExploreClaim> results, Map<String, Map<String, Integer>> counts) {
    }

    /**
     * Filters and counts in one pass: a claim that fails two facet filters counts nowhere, one that fails exactly one
     * counts in that facet only, one that fails none is a result and counts in every facet. (Counting facet by facet
     * would test every filter once per facet, for each claim.)
     */
    Pass pass(List<ExploreClaim> claims, boolean withCounts) {
        List<ExploreClaim> results = new ArrayList<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        if (withCounts) {
            FACETS.keySet().forEach(f -> counts.put(f, new HashMap<>()));
        }
        for (ExploreClaim c : claims) {
            // The year window and the name search are not facets: they hold for every facet's counts.
            if ((from != null || to != null) && !inWindow(c) || qKey != null && c.nameKeys().stream().noneMatch(k -> k.contains(qKey))) {
                continue;
            }
            String failed = null;
            boolean out = false;
            for (Map.Entry<String, Set<String>> e : selected.entrySet()) {
                if (!matches(c, e.getKey(), e.getValue())) {
                    out = failed != null;
                    failed = e.getKey();
                    if (out) {
                        break;
                    }
                }
            }
            if (out) {
                continue;
            }
            if (failed == null) {
                results.add(c);
            }
            if (withCounts) {
                for (String facet : failed == null ? FACETS.keySet() : Set.of(failed)) {
                    Map<String, Integer> m = counts.get(facet);
                    for (String v : values(c, facet)) {
                        m.merge(v, 1, Integer::sum);
                    }
                }
            }
        }
        return new Pass(results, counts);
    }

    /** The values of a claim in a facet. */
    static Set<String> values(ExploreClaim c, String facet) {
        return switch (facet) {
            case "kind" -> Set.of(c.kind());
            case "actor" -> c.actors();
            case "state" -> c.states();
            case "place" -> c.places();
            case "source" -> Set.of(c.source());
            case "confidence" -> Set.of(c.confidence());
            case "rank" -> Set.of(c.rank());
            case "ambiguity" -> Set.of(c.ambiguous() ? "yes" : "no");
            case "dated" -> Set.of(c.dated() ? "yes" : "no");
            default -> Set.of();
        };
    }

    private static boolean matches(ExploreClaim c, String facet, Set<String> wanted) {
        for (String v : values(c, facet)) {
            if (wanted.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year window: "overlaps" keeps a dated claim whose span meets it (an open end reaches forever), "within"
     * one whose span lies inside it (an open end never does). An undated claim is outside every window.
     */
    private boolean inWindow(ExploreClaim c) {
        if (!c.dated()) {
            return false;
        }
        LocalDate lo = from == null ? null : LocalDate.of(from, 1, 1);
        LocalDate hi = to == null ? null : LocalDate.of(to, 12, 31);
        if (within) {
            return (lo == null || (c.earliest() != null && !c.earliest().isBefore(lo)))
                && (hi == null || (c.latest() != null && !c.latest().isAfter(hi)));
        }
        return (hi == null || c.earliest() == null || !c.earliest().isAfter(hi))
            && (lo == null || c.latest() == null || !c.latest().isBefore(lo));
    }

    /** The filter state as a plain map (echoed in the JSON so the page can show it). */
    Map<String, Object> state() {
        Map<String, Object> m = new LinkedHashMap<>();
        selected.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        if (from != null) {
            m.put("from", from);
        }
        if (to != null) {
            m.put("to", to);
        }
        m.put("time", within ? "within" : "overlaps");
        if (q != null) {
            m.put("q", q);
        }
        m.put("view", view);
        if (facetLimit != FACET_VALUES) {
            m.put("facetLimit", facetLimit);
        }
        return m;
    }
}
