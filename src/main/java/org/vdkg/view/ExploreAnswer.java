package org.vdkg.view;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Writes the explorer's answer: the facet counts under the filters, the results, and the data of the chosen view. */
final class ExploreAnswer {

    private ExploreAnswer() {
    }

    static JsonObject json(ExploreIndex index, ExploreFilter filter, ExploreFilter.Pass pass) {
        List<ExploreClaim> results = pass.results();
        JsonObject o = new JsonObject();
        JsonObject state = new JsonObject();
        filter.state().forEach((k, v) -> {
            if (v instanceof List<?> l) {
                JsonArray a = new JsonArray();
                l.stream().map(Object::toString).sorted().forEach(a::add);
                state.put(k, a);
            } else if (v instanceof Integer i) {
                state.put(k, i);
            } else {
                state.put(k, v.toString());
            }
        });
        o.put("filters", state);
        o.put("total", results.size());
        o.put("facets", facets(index, filter, pass.counts()));
        JsonArray rs = new JsonArray();
        results.stream().skip(filter.offset).limit(filter.limit).forEach(c -> rs.add(result(index, c)));
        o.put("offset", filter.offset);
        o.put("limit", filter.limit);
        o.put("results", rs);
        if (filter.view.equals("network")) {
            o.put("network", network(index, results));
        }
        return o;
    }

    /**
     * Each facet's values with the number of claims that pass every OTHER filter and have that value: the
     * {@code facetLimit} most frequent (then by label), and the selected ones whatever their count; {@code more} counts
     * the values not listed.
     */
    private static JsonObject facets(ExploreIndex index, ExploreFilter filter, Map<String, Map<String, Integer>> all) {
        JsonObject facets = new JsonObject();
        for (Map.Entry<String, String> f : ExploreFilter.FACETS.entrySet()) {
            String facet = f.getKey();
            Map<String, Integer> counts = new HashMap<>(all.getOrDefault(facet, Map.of()));
            for (String v : filter.selected(facet)) {
                counts.putIfAbsent(v, 0);
            }
            Comparator<Map.Entry<String, Integer>> order = Comparator
                .comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> valueLabel(index, facet, e.getKey())).thenComparing(Map.Entry::getKey);
            // The most frequent few of maybe many thousands, without sorting them all.
            PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(order.reversed());
            List<Map.Entry<String, Integer>> shown = new ArrayList<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (filter.selected(facet).contains(e.getKey())) {
                    shown.add(e);
                    continue;
                }
                top.add(e);
                if (top.size() > filter.facetLimit) {
                    top.poll();
                }
            }
            shown.addAll(top);
            shown.sort(order);
            JsonArray values = new JsonArray();
            for (Map.Entry<String, Integer> e : shown) {
                JsonObject v = new JsonObject();
                v.put("value", e.getKey());
                v.put("label", valueLabel(index, facet, e.getKey()));
                v.put("count", e.getValue());
                if (filter.selected(facet).contains(e.getKey())) {
                    v.put("selected", true);
                }
                values.add(v);
            }
            JsonObject fo = new JsonObject();
            fo.put("label", f.getValue());
            fo.put("values", values);
            fo.put("more", counts.size() - shown.size());
            facets.put(facet, fo);
        }
        return facets;
    }

    static String valueLabel(ExploreIndex index, String facet, String value) {
        return switch (facet) {
            case "kind" -> index.kinds().getOrDefault(value, value);
            case "actor", "state", "place" -> index.label(value);
            case "source" -> index.label("source:" + value);
            case "confidence" -> value.equals("none") ? "not stated" : value;
            case "rank" -> value.equals("normal") ? "normal (no judgement between sources)" : value;
            case "ambiguity" -> value.equals("yes") ? "has an ambiguity note or alternative reading" : "none";
            case "dated" -> value.equals("yes") ? "date stated" : "date not stated";
            default -> value;
        };
    }

    private static JsonObject result(ExploreIndex index, ExploreClaim c) {
        JsonObject r = new JsonObject();
        r.put("iri", c.iri());
        r.put("path", c.path());
        r.put("title", c.title());
        r.put("kind", c.kind());
        r.put("kindLabel", c.kindLabel());
        r.put("date", c.date());
        if (c.earliest() != null) {
            r.put("earliest", c.earliest().toString());
        }
        if (c.latest() != null) {
            r.put("latest", c.latest().toString());
        }
        r.put("source", c.source());
        r.put("sourceTitle", index.label("source:" + c.source()));
        JsonArray ps = new JsonArray();
        c.paragraphs().forEach(p -> ps.add(p));
        r.put("paragraph", ps);
        r.put("confidence", c.confidence());
        r.put("rank", c.rank());
        r.put("ambiguous", c.ambiguous());
        return r;
    }

    /** Cytoscape.js elements: the relations among the entities of the claims, with how many of them support each. */
    private static JsonObject network(ExploreIndex index, List<ExploreClaim> results) {
        Map<String, Integer> edges = new TreeMap<>();
        Map<String, String[]> parts = new HashMap<>();
        for (ExploreClaim c : results) {
            for (String[] e : c.edges()) {
                String k = e[0] + "|" + e[1] + "|" + e[2];
                edges.merge(k, 1, Integer::sum);
                parts.putIfAbsent(k, e);
            }
        }
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray elements = new JsonArray();
        int n = 0;
        for (Map.Entry<String, Integer> e : edges.entrySet()) {
            String[] p = parts.get(e.getKey());
            for (String end : new String[] {p[0], p[2]}) {
                nodes.computeIfAbsent(end, k -> {
                    JsonObject d = new JsonObject();
                    d.put("id", k);
                    d.put("label", index.label(k));
                    d.put("path", "/id/" + k);
                    d.put("kind", k.substring(0, Math.max(k.indexOf('/'), 0)));
                    return d;
                });
            }
            JsonObject d = new JsonObject();
            d.put("id", "e" + (++n));
            d.put("source", p[0]);
            d.put("target", p[2]);
            d.put("relation", p[1]);
            d.put("directed", Boolean.parseBoolean(p[3]));
            d.put("claims", e.getValue());
            JsonObject el = new JsonObject();
            el.put("group", "edges");
            el.put("data", d);
            elements.add(el);
        }
        JsonArray all = new JsonArray();
        nodes.values().forEach(d -> {
            JsonObject el = new JsonObject();
            el.put("group", "nodes");
            el.put("data", d);
            all.add(el);
        });
        elements.forEach(all::add);
        JsonObject o = new JsonObject();
        o.put("elements", all);
        o.put("nodes", nodes.size());
        o.put("edges", edges.size());
        return o;
    }

    private static final List<String> COLUMNS = List.of("iri", "title", "kind", "date", "earliest", "latest", "source",
        "paragraph", "confidence", "ambiguous");

    /** The results as CSV (RFC 4180), one row per claim; a cell that a spreadsheet would run as a formula is quoted off. */
    static void csv(ExploreIndex index, List<ExploreClaim> results, PrintWriter w) {
        w.print(String.join(",", COLUMNS) + "\r\n");
        for (ExploreClaim c : results) {
            List<String> row = List.of(c.iri(), c.title(), c.kindLabel(), c.date(),
                c.earliest() == null ? "" : c.earliest().toString(), c.latest() == null ? "" : c.latest().toString(),
                index.label("source:" + c.source()), String.join(" ", c.paragraphs().stream().map(String::valueOf).toList()),
                c.confidence(), c.ambiguous() ? "yes" : "no");
            StringBuilder b = new StringBuilder();
            for (String cell : row) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(cell(cell));
            }
            w.print(b + "\r\n");
        }
    }

    private static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches("[^\",\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }

}
