package org.vdkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vdkg.support.Http;

/**
 * {@code /reconcile} against the Reconciliation Service API v0.2: the JSON OpenRefine sends, and
 * the answers checked against the rules of the specification's schemas (manifest,
 * reconciliation-result-batch, suggest-entities-response, data-extension-response).
 */
class ReconcileTest {

    private static String service() {
        return ServedProject.url() + "reconcile";
    }

    /** POSTs form fields as OpenRefine does (application/x-www-form-urlencoded). */
    private static HttpResponse<String> post(String name, String json) {
        return Http.postForm(service(), name, json, "application/json");
    }

    private static JsonObject ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.parse(r.body());
    }

    @Test
    void manifestFollowsTheSpecification() {
        JsonObject m = ok(Http.get(service(), "application/json"));
        assertTrue(m.get("versions").getAsArray().contains(new org.apache.jena.atlas.json.JsonString("0.2")), "versions must contain 0.2");
        for (String required : List.of("name", "identifierSpace", "schemaSpace")) {
            assertTrue(m.get(required).isString(), required);
        }
        assertEquals("https://w3id.org/vdkg/id/", str(m, "identifierSpace"));
        assertTrue(str(m.get("view"), "url").contains("{{id}}"));
        JsonObject preview = m.get("preview").getAsObject();
        assertTrue(str(preview, "url").contains("{{id}}"));
        assertTrue(preview.get("width").isNumber() && preview.get("height").isNumber());
        for (JsonValue t : m.get("defaultTypes").getAsArray()) {
            assertTrue(t.getAsObject().get("id").isString(), "a type needs an id");
        }
        for (String kind : List.of("entity", "type", "property")) {
            JsonObject s = m.get("suggest").getAsObject().get(kind).getAsObject();
            assertTrue(str(s, "service_url").startsWith("http://127.0.0.1:"), kind);
            assertTrue(str(s, "service_path").startsWith("/suggest/"), kind);
        }
        assertTrue(str(m.get("suggest").getAsObject().get("entity"), "flyout_service_path").contains("${id}"));
        JsonObject extend = m.get("extend").getAsObject();
        assertTrue(extend.get("propose_properties").getAsObject().get("service_path").isString());
        assertTrue(extend.get("property_settings").isArray());
    }

    @Test
    void anOpenRefineBatchGetsOneResultListPerQueryKey() {
        String batch = """
            {"q0":{"query":"Vo Nguyen Giap","type":"Person","type_strict":"should","limit":6},
             "q1":{"query":"Chen Geng","type":"Person","type_strict":"should","limit":6},
             "q2":{"query":"KGB","limit":3},
             "q3":{"query":"Stasi","type":["SecurityService","Ministry"],"type_strict":"any"},
             "q4":{"query":"Xyzzy Qwerty"}}""";
        JsonObject answer = ok(post("queries", batch));
        assertBatchFollowsTheSpecification(JSON.parse(batch), answer);
        assertFirst(answer, "q0", "person/vo-nguyen-giap", true);
        assertFirst(answer, "q1", "person/tran-canh", true);
        assertFirst(answer, "q2", "org/kgb", true);
        assertFirst(answer, "q3", "org/gdr-ministry-of-security", true);
        assertEquals(0, answer.get("q4").getAsObject().get("result").getAsArray().size());
    }

    @Test
    void theBatchMayAlsoComeByGet() {
        String batch = "{\"q0\":{\"query\":\"Uncle Ho\"}}";
        JsonObject answer = ok(Http.get(service() + "?queries=" + Http.encode(batch), "application/json"));
        assertBatchFollowsTheSpecification(JSON.parse(batch), answer);
        assertFirst(answer, "q0", "person/ho-chi-minh", true);
    }

    @Test
    void aStrictTypeFilterKeepsOnlyThatTypeAndShouldOnlyPrefersIt() {
        JsonObject strict = ok(post("queries", "{\"q0\":{\"query\":\"Vietnam\",\"type\":\"Person\",\"type_strict\":\"any\"}}"));
        for (JsonValue c : results(strict, "q0")) {
            assertTrue(c.getAsObject().get("type").getAsArray().stream().anyMatch(t -> str(t, "id").equals("Person")), c.toString());
        }
        JsonObject should = ok(post("queries", "{\"q0\":{\"query\":\"Vietnam\",\"type\":\"Person\",\"type_strict\":\"should\"}}"));
        JsonObject vietnam = results(should, "q0").stream().map(JsonValue::getAsObject)
                .filter(c -> str(c, "id").equals("org/vietnam")).findFirst().orElseThrow();
        assertFalse(vietnam.get("match").getAsBoolean().value(), "a State is not a certain match for a Person column");
        JsonObject organisation = ok(post("queries", "{\"q0\":{\"query\":\"Vietnam\",\"type\":\"Organisation\"}}"));
        assertFirst(organisation, "q0", "org/vietnam", true);
    }

    @Test
    void propertiesRefineTheMatch() {
        JsonObject right = ok(post("queries",
                "{\"q0\":{\"query\":\"Vo Nguyen Giap\",\"properties\":[{\"pid\":\"wikidata\",\"v\":\"Q179910\"},{\"pid\":\"name_zh\",\"v\":\"武元甲\"}]}}"));
        assertFirst(right, "q0", "person/vo-nguyen-giap", true);
        JsonArray features = results(right, "q0").get(0).getAsObject().get("features").getAsArray();
        assertTrue(features.stream().anyMatch(f -> str(f, "id").equals("wikidata") && f.getAsObject().get("value").getAsBoolean().value()));
        JsonObject wrong = ok(post("queries", "{\"q0\":{\"query\":\"Vo Nguyen Giap\",\"properties\":[{\"pid\":\"wikidata\",\"v\":{\"id\":\"Q1\"}}]}}"));
        JsonObject first = results(wrong, "q0").get(0).getAsObject();
        assertFalse(first.get("match").getAsBoolean().value(), "a contradicting Wikidata id is not a certain match");
        assertTrue(first.get("score").getAsNumber().value().doubleValue() < 100);
    }

    @Test
    void jsonpWrapsTheAnswerAndRefusesAScriptAsCallback() {
        HttpResponse<String> r = Http.get(service() + "?callback=jsonp123", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("jsonp123({") && r.body().endsWith(");"), r.body());
        assertEquals(400, Http.get(service() + "?callback=" + Http.encode("alert(1)//"), "*/*").statusCode());
    }

    @Test
    void suggestCompletesEntitiesTypesAndProperties() {
        JsonObject entities = ok(Http.get(service() + "/suggest/entity?prefix=" + Http.encode("Võ Nguyên Gi"), "application/json"));
        JsonArray result = entities.get("result").getAsArray();
        assertEquals("person/vo-nguyen-giap", str(result.get(0), "id"));
        for (JsonValue e : result) {
            assertTrue(e.getAsObject().get("id").isString() && e.getAsObject().get("name").isString(), e.toString());
            for (JsonValue t : e.getAsObject().get("notable").getAsArray()) {
                assertTrue(t.getAsObject().get("id").isString());
            }
        }
        JsonObject types = ok(Http.get(service() + "/suggest/type?prefix=pers", "application/json"));
        assertTrue(types.get("result").getAsArray().stream().anyMatch(t -> str(t, "id").equals("Person")), types.toString());
        JsonObject props = ok(Http.get(service() + "/suggest/property?prefix=wiki", "application/json"));
        assertEquals("wikidata", str(props.get("result").getAsArray().get(0), "id"));
    }

    @Test
    void previewAndFlyoutShowTheEntity() {
        HttpResponse<String> preview = Http.get(service() + "/preview?id=" + Http.encode("person/ho-chi-minh"), "text/html");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Ho Chi Minh") && preview.body().contains("胡志明"), preview.body());
        JsonObject flyout = ok(Http.get(service() + "/flyout/entity?id=" + Http.encode("org/kgb"), "application/json"));
        assertEquals("org/kgb", str(flyout, "id"));
        assertTrue(str(flyout, "html").contains("КГБ"));
        assertEquals(404, Http.get(service() + "/preview?id=" + Http.encode("person/nobody"), "text/html").statusCode());
        assertEquals(404, Http.get(service() + "/preview?id=" + Http.encode("../../graph/meta"), "text/html").statusCode());
        assertEquals(400, Http.get(service() + "/preview", "text/html").statusCode());
    }

    @Test
    void dataExtensionFollowsTheSpecification() {
        JsonObject proposed = ok(Http.get(service() + "/propose_properties?type=Person", "application/json"));
        assertEquals("Person", str(proposed, "type"));
        for (JsonValue p : proposed.get("properties").getAsArray()) {
            assertTrue(p.getAsObject().get("id").isString() && p.getAsObject().get("name").isString());
        }
        String request = "{\"ids\":[\"person/vo-nguyen-giap\",\"org/kgb\",\"person/nobody\"],"
                + "\"properties\":[{\"id\":\"wikidata\"},{\"id\":\"name_zh\"},{\"id\":\"name_ru\"},{\"id\":\"type\"}]}";
        JsonObject answer = ok(post("extend", request));
        List<String> meta = answer.get("meta").getAsArray().stream().map(m -> str(m, "id") + "=" + str(m, "name")).toList();
        assertEquals(4, meta.size(), meta.toString());
        JsonObject rows = answer.get("rows").getAsObject();
        assertEquals(Set.of("person/vo-nguyen-giap", "org/kgb", "person/nobody"), rows.keys());
        for (String id : rows.keys()) {
            JsonObject row = rows.get(id).getAsObject();
            assertEquals(Set.of("wikidata", "name_zh", "name_ru", "type"), row.keys(), id);
            for (String pid : row.keys()) {
                for (JsonValue v : row.get(pid).getAsArray()) {
                    Set<String> keys = v.getAsObject().keys();
                    assertTrue(keys.equals(Set.of("str")) || keys.equals(Set.of("id", "name")) || keys.isEmpty()
                            || keys.equals(Set.of("int")) || keys.equals(Set.of("float")) || keys.equals(Set.of("date")), v.toString());
                }
            }
        }
        JsonObject giap = rows.get("person/vo-nguyen-giap").getAsObject();
        assertEquals("Q179910", str(giap.get("wikidata").getAsArray().get(0), "str"));
        assertEquals("武元甲", str(giap.get("name_zh").getAsArray().get(0), "str"));
        assertTrue(rows.get("org/kgb").getAsObject().get("name_ru").getAsArray().stream().anyMatch(v -> str(v, "str").equals("КГБ")));
        assertEquals(0, rows.get("person/nobody").getAsObject().get("wikidata").getAsArray().size());
        assertEquals(400, post("extend", "{\"ids\":[\"org/kgb\"],\"properties\":[{\"id\":\"no-such-property\"}]}").statusCode());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"not json", "[1]", "{\"q0\":\"Ho Chi Minh\"}", "{\"q0\":{\"query\":5}}", "{\"q0\":{\"query\":\"x\",\"limit\":\"many\"}}",
        "{\"q0\":{\"query\":\"x\",\"type_strict\":\"maybe\"}}", "{\"q0\":{}}", "{\"q0\":{\"query\":\"x\",\"properties\":{\"pid\":\"wikidata\"}}}",
        "{\"q0\":{\"query\":\"x\",\"type\":{\"id\":\"Person\"}}}", "{\"q0\":{\"query\":\"x\",\"properties\":[{\"v\":\"Q1\"}]}}"})
    void malformedQueriesAreRefusedWith400(String queries) {
        assertEquals(400, post("queries", queries).statusCode(), queries);
    }

    @Test
    void hugeOrDeeplyNestedInputIsRefusedNeverA500() {
        assertEquals(400, post("queries", "{\"q0\":{\"query\":\"" + "a".repeat(300) + "\"}}").statusCode());
        int nested = post("queries", "[".repeat(20_000)).statusCode();
        assertTrue(nested >= 400 && nested < 500, "nested -> " + nested);
        assertEquals(404, Http.get(service() + "/no/such/service", "application/json").statusCode());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\"", "*", ":", "}", "*:*", "} UNION { ?s ?p ?o }", "kgb OR stasi", "\\\\"})
    void querySyntaxInANameIsJustCharacters(String name) {
        String batch = "{\"q0\":{\"query\":" + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(name)) + "}}";
        JsonObject answer = ok(post("queries", batch));
        assertBatchFollowsTheSpecification(JSON.parse(batch), answer);
        assertTrue(results(answer, "q0").size() <= 1, answer.toString());
    }

    @Test
    void aSuggestPrefixOfQuerySyntaxIsHarmless() {
        for (String p : List.of("*", "\"", "a*", "}")) {
            HttpResponse<String> r = Http.get(service() + "/suggest/entity?prefix=" + Http.encode(p), "application/json");
            assertEquals(200, r.statusCode(), p);
        }
    }

    /** The rules of reconciliation-result-batch.json, plus the limit and at most one certain match. */
    static void assertBatchFollowsTheSpecification(JsonObject queries, JsonObject answer) {
        assertEquals(queries.keys(), answer.keys(), "one answer per query key");
        for (String key : queries.keys()) {
            JsonValue result = answer.get(key).getAsObject().get("result");
            assertTrue(result != null && result.isArray(), key + " needs a result array");
            JsonValue limit = queries.get(key).getAsObject().get("limit");
            if (limit != null) {
                assertTrue(result.getAsArray().size() <= limit.getAsNumber().value().intValue(), key + " exceeds its limit");
            }
            int certain = 0;
            double previous = Double.MAX_VALUE;
            for (JsonValue c : result.getAsArray()) {
                JsonObject o = c.getAsObject();
                assertTrue(o.get("id").isString() && o.get("name").isString() && o.get("score").isNumber(), o.toString());
                if (o.hasKey("description")) {
                    assertTrue(o.get("description").isString());
                }
                if (o.hasKey("match")) {
                    assertTrue(o.get("match").isBoolean());
                    certain += o.get("match").getAsBoolean().value() ? 1 : 0;
                }
                if (o.hasKey("type")) {
                    for (JsonValue t : o.get("type").getAsArray()) {
                        assertTrue(t.isString() || t.getAsObject().get("id").isString(), t.toString());
                    }
                }
                if (o.hasKey("features")) {
                    for (JsonValue f : o.get("features").getAsArray()) {
                        JsonValue v = f.getAsObject().get("value");
                        assertTrue(f.getAsObject().get("id").isString() && (v.isBoolean() || v.isNumber()), f.toString());
                    }
                }
                double score = o.get("score").getAsNumber().value().doubleValue();
                assertTrue(score <= previous, "candidates best first");
                previous = score;
            }
            assertTrue(certain <= 1, key + ": at most one certain match");
        }
    }

    private static void assertFirst(JsonObject answer, String key, String id, boolean match) {
        JsonArray r = results(answer, key);
        if (r.isEmpty()) {
            fail(key + " has no candidates");
        }
        JsonObject first = r.get(0).getAsObject();
        assertEquals(id, str(first, "id"), answer.toString());
        assertEquals(match, first.get("match").getAsBoolean().value(), first.toString());
    }

    private static JsonArray results(JsonObject answer, String key) {
        return answer.get(key).getAsObject().get("result").getAsArray();
    }

    private static String str(JsonValue o, String key) {
        return o.getAsObject().get(key).getAsString().value();
    }
}
