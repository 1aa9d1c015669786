package org.vdkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vdkg.support.Http;

/** {@code /search} on the real server, index and data: every kind of name form a user may type finds its entity first. */
class SearchTest {

    static final String SEARCH = "search?q=";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Võ Nguyên Giáp                        | person/vo-nguyen-giap
        vo nguyen giap                        | person/vo-nguyen-giap
        General Giap                          | person/vo-nguyen-giap
        武元甲                                  | person/vo-nguyen-giap
        Đàm Quang Trung                       | person/dam-quang-trung
        dam quang trung                       | person/dam-quang-trung
        Bộ Công an                            | org/ministry-of-public-security
        cong an nhan dan                      | org/peoples-public-security-force
        Tran Canh                             | person/tran-canh
        Chen Geng                             | person/tran-canh
        陈赓                                    | person/tran-canh
        陳賡                                    | person/tran-canh
        Wei Guoqing                           | person/vi-quoc-thanh
        韦国清                                  | person/vi-quoc-thanh
        中国共产党                               | org/communist-party-of-china
        KGB                                   | org/kgb
        USSR Committee for State Security     | org/kgb
        КГБ                                   | org/kgb
        Комитет государственной безопасности  | org/kgb
        Stasi                                 | org/gdr-ministry-of-security
        MfS                                   | org/gdr-ministry-of-security
        Ministerium für Staatssicherheit      | org/gdr-ministry-of-security
        DDR                                   | org/german-democratic-republic
        СССР                                  | org/soviet-union
        Uncle Ho                              | person/ho-chi-minh
        Bác Hồ                                | person/ho-chi-minh
        bac ho                                | person/ho-chi-minh
        胡志明                                  | person/ho-chi-minh
        Vo Nguyen Giapp                       | person/vo-nguyen-giap
        Ho Chi Mihn                           | person/ho-chi-minh
        Chenault                              | person/claire-lee-chennault
        Stassi                                | org/gdr-ministry-of-security
        """)
    void aNameFormFindsItsEntityAtRankOne(String typed, String id) {
        JsonArray results = ServedProject.search(typed).get("results").getAsArray();
        assertFalse(results.isEmpty(), typed + " found nothing");
        assertEquals(id, str(results.get(0), "id"), typed + " -> " + results);
    }

    @ParameterizedTest(name = "{0} matched {1} {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        Võ Nguyên Giáp | label | vi | exact
        vo nguyen giap | label | en | exact
        陈赓            | label | zh-Hans | exact
        КГБ            | alias | ru | exact
        Uncle Ho       | alias | en | exact
        Giap           | alias | en | words
        Nguyen Giap    | label | en | words
        Chenault       | alias | en | similar
        """)
    void theResultSaysWhichNameMatchedAndHow(String typed, String kind, String lang, String how) {
        JsonObject matched = ServedProject.search(typed).get("results").getAsArray().get(0).getAsObject().get("matched").getAsObject();
        assertEquals(kind, str(matched, "kind"), matched.toString());
        assertEquals(lang, str(matched, "lang"), matched.toString());
        assertEquals(how, str(matched, "how"), matched.toString());
    }

    @Test
    void aResultCarriesTypeLabelsAliasesAndTheEntityPagePath() {
        JsonObject first = ServedProject.search("Ho Chi Minh").get("results").getAsArray().get(0).getAsObject();
        assertEquals("/id/person/ho-chi-minh", str(first, "url"));
        assertEquals("https://w3id.org/vdkg/id/person/ho-chi-minh", str(first, "iri"));
        assertEquals("Ho Chi Minh", str(first, "name"));
        assertEquals("Person", first.get("types").getAsArray().get(0).getAsString().value());
        List<String> names = first.get("names").getAsArray().stream().map(n -> str(n, "text") + "@" + str(n, "lang")).toList();
        assertTrue(names.containsAll(List.of("Hồ Chí Minh@vi", "Uncle Ho@en", "Bác Hồ@vi")), names.toString());
    }

    @Test
    void moreGeneralNamesRankBelowTheExactOne() {
        JsonArray results = ServedProject.search("Vietnam").get("results").getAsArray();
        assertEquals("org/vietnam", str(results.get(0), "id"));
        assertTrue(results.size() > 1, "names containing the word come after: " + results);
    }

    @Test
    void browsersGetAnHtmlPageLinkingToEntityPages() {
        HttpResponse<String> r = Http.get(ServedProject.url() + SEARCH + Http.encode("Chen Geng"), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("href=\"/id/person/tran-canh\""), r.body());
        assertTrue(r.body().contains("Chen Geng"), "says which name matched");
    }

    @Test
    void typedHtmlIsEscapedInThePage() {
        HttpResponse<String> r = Http.get(ServedProject.url() + SEARCH + Http.encode("<script>alert(1)</script>"), "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>"), r.body());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\"", "*", ":", "}", "*:*", "\"}", "\\", "{}", "()", "~", "[", "?s ?p ?o", "} UNION { ?s ?p ?o }",
        "\" . ?s ?p ?o . \"", "uri:*", "name:kgb OR uri:*", "kgb OR stasi", "kgb AND NOT stasi", "ho*", "  "})
    void queryOrLuceneSyntaxIsNeverAnErrorNorAnInjectedQuery(String typed) {
        HttpResponse<String> r = Http.get(ServedProject.url() + SEARCH + Http.encode(typed), "application/json");
        assertTrue(r.statusCode() == 200 || (r.statusCode() >= 400 && r.statusCode() < 500), typed + " -> " + r.statusCode());
        if (r.statusCode() == 200) {
            JsonArray results = JSON.parse(r.body()).get("results").getAsArray();
            List<String> ids = results.stream().map(x -> str(x, "id")).toList();
            assertFalse(ids.contains("org/kgb") && ids.contains("org/gdr-ministry-of-security"), "operators are words, not syntax: " + ids);
            // "ho*" is the word "ho": Ho Chi Minh, and the fire police's Vietnamese name ("cứu hộ", folded).
            assertTrue(results.size() <= 2, typed + " must not match everything: " + ids);
        }
    }

    @Test
    void emptyQueryGivesNoResultsAndTooLongAQueryIsRefused() {
        assertEquals(0, ServedProject.search("").get("results").getAsArray().size());
        HttpResponse<String> missing = Http.get(ServedProject.url() + "search", "application/json");
        assertEquals(200, missing.statusCode());
        HttpResponse<String> tooLong = Http.get(ServedProject.url() + SEARCH + "a".repeat(5000), "application/json");
        assertEquals(400, tooLong.statusCode());
        assertEquals(400, Http.get(ServedProject.url() + SEARCH + "x&limit=abc", "application/json").statusCode());
        assertEquals(400, Http.get(ServedProject.url() + SEARCH + "x&limit=0", "text/html").statusCode());
    }

    /** The answer's form is chosen as on the linked-data pages (web/Negotiation): {@code ?format=} first, then Accept by q-value. */
    @ParameterizedTest(name = "{0} / format={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        -                                        | -     | 200 text/html
        */*                                      | -     | 200 text/html
        text/html                                | -     | 200 text/html
        application/json                         | -     | 200 application/json
        application/*                            | -     | 200 application/json
        application/json;q=0.5, text/html        | -     | 200 text/html
        text/html;q=0.2, application/json        | -     | 200 application/json
        text/html,application/xhtml+xml,*/*;q=0.8 | -    | 200 text/html
        text/html                                | json  | 200 application/json
        application/json                         | html  | 200 text/html
        application/json                         | xml   | 400 text/plain
        image/png                                | -     | 406 text/plain
        """)
    void acceptAndFormatChooseHtmlOrJson(String accept, String format, String expected) {
        String url = ServedProject.url() + SEARCH + "giap" + (format == null ? "" : "&format=" + format);
        HttpResponse<String> r = accept == null ? Http.send(HttpRequest.newBuilder(URI.create(url)).GET()) : Http.get(url, accept);
        String[] want = expected.split(" ");
        assertEquals(Integer.parseInt(want[0]), r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(want[1]), r.headers().toString());
        if (want[1].equals("application/json")) {
            assertEquals("person/vo-nguyen-giap", str(JSON.parse(r.body()).get("results").getAsArray().get(0), "id"));
        }
        if (r.statusCode() == 406) {
            assertTrue(r.body().contains("application/json") && r.body().contains("text/html"), "names what is offered: " + r.body());
        }
    }

    @Test
    void sparqlTextQueryIgnoresCaseAndDiacritics() {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query \"dam quang trung\" "
                + "FILTER (?s = <https://w3id.org/vdkg/id/person/dam-quang-trung>) }";
        assertEquals(1, Http.count(ServedProject.url() + "vdkg/sparql?query=" + Http.encode(q) + "&x="));
    }

    static String str(JsonValue o, String key) {
        return o.getAsObject().get(key).getAsString().value();
    }
}
