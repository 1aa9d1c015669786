package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * The explorer's counts equal independent SPARQL counts over the served endpoint: for each filter combination, the
 * total and the counts of the kind, actor, state, place and source facets, each computed in SPARQL with every OTHER
 * filter applied (written here from docs/model.md, not from the explorer's code).
 */
class ExploreCountsTest {

    private static final String PREFIXES = """
        PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        """;
    private static final String ID = "https://w3id.org/vdkg/id/";

    /** How a facet's value is bound to ?v from the claim ?c, and how a value is read back from ?v. */
    private static final Map<String, String> GROUP = Map.of(
        "kind", "?c a ?v . ?v rdfs:subClassOf vdkg:Claim .",
        "source", "?c vdkg:inSource ?v .",
        "actor", "?c vdkg:mentions ?v . ?v a vdkg:Actor .",
        "state", "?c vdkg:mentions ?ga . ?ga a vdkg:Actor ; vdkg:actingState ?v .",
        "place", placeOf("?gp") + " ?gp vdkg:locatedIn? ?v .");

    private static ServedCopy served;

    @BeforeAll
    static void start() {
        served = ServedCopy.shared();
    }

    private static String placeOf(String p) {
        return "{ ?c vdkg:place " + p + " } UNION { ?c vdkg:mentions " + p + " . " + p + " a vdkg:Place } UNION "
            + "{ ?c vdkg:hasDestination/vdkg:destination " + p + " }";
    }

    private static String overlaps(int from, int to) {
        return "OPTIONAL { ?c vdkg:earliest ?te } OPTIONAL { ?c vdkg:latest ?tl } FILTER ((bound(?te) || bound(?tl)) "
            + "&& (!bound(?te) || ?te <= \"" + to + "-12-31\"^^xsd:date) && (!bound(?tl) || ?tl >= \"" + from
            + "-01-01\"^^xsd:date))";
    }

    private static String within(int from, int to) {
        return "?c vdkg:earliest ?te ; vdkg:latest ?tl . FILTER (?te >= \"" + from + "-01-01\"^^xsd:date && ?tl <= \""
            + to + "-12-31\"^^xsd:date)";
    }

    /** One combination: the URL query and the SPARQL pattern of each of its filters, by facet. */
    record Combination(String query, Map<String, String> patterns) {
        @Override
        public String toString() {
            return query.isEmpty() ? "no filter" : query;
        }
    }

    private static Combination combo(String query, String... facetAndPattern) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < facetAndPattern.length; i += 2) {
            m.put(facetAndPattern[i], facetAndPattern[i + 1]);
        }
        return new Combination(query, m);
    }

    static List<Combination> combinations() {
        String aid = "?c a vdkg:AidProvision .";
        String soviet = "?c vdkg:mentions <" + ID + "org/soviet-union> . <" + ID + "org/soviet-union> a vdkg:Actor .";
        String sovietState = "?c vdkg:mentions ?sa . ?sa a vdkg:Actor ; vdkg:actingState <" + ID + "org/soviet-union> .";
        String caoBang = placeOf("?pp") + " ?pp vdkg:locatedIn? <" + ID + "place/cao-bang> .";
        String undated = "FILTER NOT EXISTS { ?c vdkg:earliest ?ue } FILTER NOT EXISTS { ?c vdkg:latest ?ul }";
        String army = "?c vdkg:inSource <" + ID + "source/army-foreign-affairs> .";
        String giap = "?c vdkg:mentions ?qx . ?qx vdkg:nameKey ?qk . FILTER (CONTAINS(?qk, \"giap\"))";
        String soviets = "?c vdkg:mentions ?qx . ?qx vdkg:nameKey ?qk . FILTER (CONTAINS(?qk, \"soviet\"))";
        String high = "?c vdkg:confidence <" + ID + "concept/confidence/high> .";
        String visitOrAid = "{ ?c a vdkg:AidProvision } UNION { ?c a vdkg:Visit }";
        return List.of(
            combo(""),
            combo("kind=AidProvision", "kind", aid),
            combo("actor=org/soviet-union", "actor", soviet),
            combo("kind=AidProvision&actor=org/soviet-union", "kind", aid, "actor", soviet),
            combo("state=org/soviet-union", "state", sovietState),
            combo("kind=AidProvision&kind=Visit&state=org/soviet-union", "kind", visitOrAid, "state", sovietState),
            combo("place=place/cao-bang", "place", caoBang),
            combo("from=1950&to=1960", "time", overlaps(1950, 1960)),
            combo("from=1950&to=1960&time=within", "time", within(1950, 1960)),
            combo("from=1950&to=1960&actor=org/soviet-union", "time", overlaps(1950, 1960), "actor", soviet),
            combo("dated=no", "dated", undated),
            combo("dated=no&source=army-foreign-affairs", "dated", undated, "source", army),
            combo("source=army-foreign-affairs&kind=AidProvision", "source", army, "kind", aid),
            combo("q=Gi%C3%A1p", "q", giap),
            combo("q=soviet&confidence=high&from=1945&to=1975&time=within", "q", soviets, "confidence", high,
                "time", within(1945, 1975)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void countsEqualIndependentSparql(Combination combo) {
        JsonObject answer = explore(combo.query());
        long total = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { " + where(combo, null) + " }");
        assertTrue(total > 0, "every combination here selects some claims: " + combo);
        assertEquals(total, answer.get("total").getAsNumber().value().longValue(), "total of " + combo);
        assertEquals(Math.min(total, 1000), answer.get("results").getAsArray().size());
        for (String facet : GROUP.keySet()) {
            Map<String, Long> expected = groups(facet, combo);
            Map<String, Long> got = new TreeMap<>();
            for (JsonValue v : answer.getObj("facets").getObj(facet).get("values").getAsArray()) {
                JsonObject o = v.getAsObject();
                long n = o.get("count").getAsNumber().value().longValue();
                if (n > 0) {
                    got.put(o.getString("value"), n);
                }
            }
            assertEquals(expected, got, facet + " counts under " + combo);
        }
        if (!combo.query().isEmpty()) {
            assertTrue(total < explore("").get("total").getAsNumber().value().longValue(), "a filter that filters nothing: " + combo);
        }
    }

    /**
     * A short facet list ({@code facetLimit}) holds the most frequent values, with the counts of the full list, and
     * every chosen value; {@code more} counts the values left out.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"facetLimit=2", "facetLimit=1&actor=org/soviet-union&kind=AidProvision",
        "facetLimit=3&from=1950&to=1960&q=soviet"})
    void aShortFacetListHoldsTheMostFrequentValuesAndCountsTheRest(String query) {
        int limit = Integer.parseInt(query.replaceAll("^facetLimit=(\\d+).*", "$1"));
        JsonObject shortList = explore(query);
        JsonObject full = explore(query.replaceFirst("^facetLimit=\\d+", "facetLimit=5000"));
        boolean someLeftOut = false;
        for (String facet : ExploreFilter.FACETS.keySet()) {
            Map<String, Long> all = new TreeMap<>();
            for (JsonValue v : full.getObj("facets").getObj(facet).get("values").getAsArray()) {
                all.put(v.getAsObject().getString("value"), v.getAsObject().get("count").getAsNumber().value().longValue());
            }
            assertEquals(0, full.getObj("facets").getObj(facet).get("more").getAsNumber().value().longValue(), facet);
            JsonObject f = shortList.getObj("facets").getObj(facet);
            Map<String, Long> shown = new TreeMap<>();
            long lowestShown = Long.MAX_VALUE;
            int unselected = 0;
            for (JsonValue v : f.get("values").getAsArray()) {
                JsonObject o = v.getAsObject();
                long n = o.get("count").getAsNumber().value().longValue();
                shown.put(o.getString("value"), n);
                if (!o.hasKey("selected")) {
                    unselected++;
                    lowestShown = Math.min(lowestShown, n);
                }
            }
            assertTrue(unselected <= limit, facet + ": at most " + limit + " values besides the chosen ones: " + shown);
            shown.forEach((v, n) -> assertEquals(all.get(v), n, facet + " " + v + ": the count of the full list"));
            for (JsonValue chosen : full.getObj("filters").get(facet) == null ? new JsonArray()
                    : full.getObj("filters").get(facet).getAsArray()) {
                assertTrue(shown.containsKey(chosen.getAsString().value()), facet + ": a chosen value is always listed");
            }
            long more = f.get("more").getAsNumber().value().longValue();
            assertEquals(all.size() - shown.size(), more, facet + ": more counts the values left out");
            someLeftOut |= more > 0;
            for (Map.Entry<String, Long> e : all.entrySet()) {
                if (!shown.containsKey(e.getKey())) {
                    assertTrue(e.getValue() <= lowestShown, facet + ": " + e.getKey() + " (" + e.getValue()
                        + ") left out while a less frequent value is listed: " + shown);
                }
            }
        }
        assertTrue(someLeftOut, "some facet has more values than " + limit + ": " + query);
        assertEquals(full.get("total"), shortList.get("total"), "the limit changes the facet lists, not the results");
    }

    private static String where(Combination combo, String skip) {
        StringBuilder b = new StringBuilder("?c vdkg:inSource ?anySource . ");
        combo.patterns().forEach((facet, pattern) -> {
            if (!facet.equals(skip)) {
                b.append(pattern).append(' ');
            }
        });
        return b.toString();
    }

    private static Map<String, Long> groups(String facet, Combination combo) {
        String q = PREFIXES + "SELECT ?v (COUNT(DISTINCT ?c) AS ?n) WHERE { { SELECT DISTINCT ?c WHERE { " + where(combo, facet)
            + " } } " + GROUP.get(facet) + " } GROUP BY ?v";
        Map<String, Long> out = new TreeMap<>();
        for (JsonValue row : select(q)) {
            JsonObject r = row.getAsObject();
            String v = r.getObj("v").getString("value");
            String key = switch (facet) {
                case "kind" -> v.substring(v.indexOf('#') + 1);
                case "source" -> v.substring(v.lastIndexOf('/') + 1);
                default -> v.startsWith(ID) ? v.substring(ID.length()) : v;
            };
            out.put(key, Long.parseLong(r.getObj("n").getString("value")));
        }
        return out;
    }

    private static JsonObject explore(String query) {
        HttpResponse<String> r = Http.get(served.base() + "explore.json" + (query.isEmpty() ? "" : "?" + query),
            "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    private static long count(String where) {
        JsonArray rows = select(PREFIXES + where);
        return Long.parseLong(rows.get(0).getAsObject().getObj("n").getString("value"));
    }

    private static JsonArray select(String query) {
        HttpResponse<String> r = Http.get(served.sparql() + "?query=" + Http.encode(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), query + "\n" + r.body());
        return JSON.parse(r.body()).getObj("results").get("bindings").getAsArray();
    }

}
