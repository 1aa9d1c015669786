package org.vdkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;

/**
 * An exact Wikidata match (skos:exactMatch, the same thing) and a close one (skos:closeMatch, only related) are kept
 * apart everywhere the served data shows them: entity pages, search JSON, the reconciliation service (query
 * properties, data extension, preview) and the network JSON. The KGB is linked to Q80919 only as a close match; Vo
 * Nguyen Giap to Q179910 as an exact one.
 */
class WikidataMatchKindsTest {

    private static final String KGB = "Q80919";
    private static final String GIAP = "Q179910";

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anEntityPageShowsEachWikidataItemOnceWithItsKind() {
        String kgb = Http.get(ServedProject.url() + "id/org/kgb", "text/html").body();
        assertEquals(1, count(kgb, "wikidata.org/entity/" + KGB + "\""), "Q80919 once on the KGB's page");
        assertTrue(kgb.contains("class=\"wikidata close\"") && kgb.contains("close match only"), "as a close match");
        assertFalse(kgb.contains("class=\"wikidata exact\""), "never as exact");
        String giap = Http.get(ServedProject.url() + "id/person/vo-nguyen-giap", "text/html").body();
        assertEquals(1, count(giap, "wikidata.org/entity/" + GIAP + "\""), "Q179910 once, though exact implies close");
        assertTrue(giap.contains("class=\"wikidata exact\"") && !giap.contains("class=\"wikidata close\""), "as exact");
    }

    @Test
    void searchJsonNamesTheKindOfMatch() {
        JsonObject kgb = firstResult(ServedProject.search("KGB"), "org/kgb");
        assertFalse(kgb.hasKey("wikidata"), "a close match is not given as the Wikidata id: " + kgb);
        assertEquals(KGB, kgb.getString("wikidata_close"));
        JsonObject giap = firstResult(ServedProject.search("Vo Nguyen Giap"), "person/vo-nguyen-giap");
        assertEquals(GIAP, giap.getString("wikidata"));
        assertFalse(giap.hasKey("wikidata_close"), giap.toString());
    }

    private static JsonObject firstResult(JsonObject answer, String id) {
        for (JsonValue r : answer.get("results").getAsArray()) {
            if (r.getAsObject().getString("id").equals(id)) {
                return r.getAsObject();
            }
        }
        throw new AssertionError(id + " not found in " + answer);
    }

    private static JsonObject post(String name, String json) {
        HttpResponse<String> r = Http.postForm(ServedProject.url() + "reconcile", name, json, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    @Test
    void dataExtensionReturnsTheCloseMatchOnlyAsWikidataClose() {
        JsonObject rows = post("extend", "{\"ids\":[\"org/kgb\",\"person/vo-nguyen-giap\"],"
                + "\"properties\":[{\"id\":\"wikidata\"},{\"id\":\"wikidata_close\"}]}").getObj("rows");
        JsonObject kgb = rows.getObj("org/kgb");
        assertEquals(0, kgb.get("wikidata").getAsArray().size(), "the KGB's close match is not its Wikidata id: " + kgb);
        assertEquals(KGB, kgb.get("wikidata_close").getAsArray().get(0).getAsObject().getString("str"));
        JsonObject giap = rows.getObj("person/vo-nguyen-giap");
        assertEquals(GIAP, giap.get("wikidata").getAsArray().get(0).getAsObject().getString("str"));
        assertEquals(0, giap.get("wikidata_close").getAsArray().size(), giap.toString());
        JsonArray proposed = JSON.parse(Http.get(ServedProject.url() + "reconcile/propose_properties?type=Organisation",
                "application/json").body()).get("properties").getAsArray();
        assertTrue(proposed.toString().contains("\"wikidata_close\""), proposed.toString());
    }

    @Test
    void aWikidataColumnConfirmsOnlyAnExactMatch() {
        for (String[] c : new String[][] {{"wikidata", KGB, "false"}, {"wikidata_close", KGB, "true"},
            {"wikidata_close", "http://www.wikidata.org/entity/" + KGB, "true"}}) {
            JsonObject q = post("queries", "{\"q0\":{\"query\":\"KGB\",\"properties\":[{\"pid\":\"" + c[0] + "\",\"v\":\""
                    + c[1] + "\"}]}}");
            JsonObject first = q.getObj("q0").get("result").getAsArray().get(0).getAsObject();
            assertEquals("org/kgb", first.getString("id"));
            boolean matched = first.get("features").getAsArray().stream().anyMatch(f -> f.getAsObject().getString("id")
                    .equals(c[0]) && f.getAsObject().get("value").getAsBoolean().value());
            assertEquals(Boolean.parseBoolean(c[2]), matched, c[0] + "=" + c[1] + ": " + first);
        }
        String card = Http.get(ServedProject.url() + "reconcile/preview?id=org/kgb", "text/html").body();
        assertTrue(card.contains("close match only") && card.contains(KGB) && !card.contains("exact match"), card);
    }

    @Test
    void theNetworkJsonKeepsTheKindsApart() {
        JsonObject net = JSON.parse(Http.get(ServedProject.url() + "graph.json", "application/json").body());
        JsonObject kgb = null;
        JsonObject giap = null;
        for (JsonValue n : net.getObj("elements").get("nodes").getAsArray()) {
            JsonObject d = n.getAsObject().getObj("data");
            if (d.getString("id").equals("org.kgb")) {
                kgb = d;
            } else if (d.getString("id").equals("person.vo-nguyen-giap")) {
                giap = d;
            }
        }
        assertTrue(kgb != null && giap != null, "both are actors of the network");
        assertFalse(kgb.hasKey("wikidata"), kgb.toString());
        assertTrue(kgb.getString("wikidata_close").endsWith("/" + KGB));
        assertTrue(giap.getString("wikidata").endsWith("/" + GIAP) && !giap.hasKey("wikidata_close"), giap.toString());
    }

    /** A preview of an unknown id is a 404 in JSON (never HTML, where the echoed id could become markup). */
    @Test
    void previewOfAnUnknownIdIsNotFound() {
        HttpResponse<String> r = Http.get(ServedProject.url() + "reconcile/preview?id=org/%3Cscript%3E", "text/html");
        assertEquals(404, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        Matcher html = Pattern.compile("text/html").matcher(type);
        assertFalse(html.find() && r.body().contains("<script"), type + ": " + r.body());
    }
}
