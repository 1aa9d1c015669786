package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * Hostile and clumsy parameters of /explore, /explore.json and /explore.csv on the real server: each wrong value of
 * every parameter gets a 400 that says what is wrong (never a 500), injection attempts find nothing to inject into,
 * and the server answers normally afterwards.
 */
class ExploreInputTest {

    private static String base;

    @BeforeAll
    static void start() {
        base = ServedCopy.shared().base();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        colour=red                                   | unknown parameter 'colour'
        kind=Nope                                    | unknown kind 'Nope'
        kind=aid                                     | unknown kind 'aid'
        actor=org/nobody                             | unknown actor 'org/nobody'
        actor=https://w3id.org/vdkg/id/org/soviet-union | unknown actor
        state=org/nowhere                            | unknown state 'org/nowhere'
        place=place/atlantis                         | unknown place 'place/atlantis'
        source=no-such-article                       | unknown source 'no-such-article'
        confidence=certain                           | unknown confidence 'certain'
        rank=disputed                                | unknown rank 'disputed'
        ambiguity=maybe                              | unknown ambiguity 'maybe'
        dated=perhaps                                | unknown dated 'perhaps'
        from=abc                                     | from must be a year
        from=99999                                   | from must be a year
        to=-5                                        | to must be a year
        from=1960&to=1950                            | from (1960) is after to (1950)
        from=1950&from=1960                          | give 'from' once
        time=sometimes                               | time must be 'overlaps'
        view=3d                                      | view must be one of
        limit=0                                      | limit must be a whole number
        limit=9999999999                             | limit must be a whole number
        offset=-1                                    | offset must be a whole number
        facetLimit=0                                 | facetLimit must be a whole number from 1 to 5000
        facetLimit=5001                              | facetLimit must be a whole number from 1 to 5000
        facetLimit=ten                               | facetLimit must be a whole number
        facetLimit=2&facetLimit=3                    | give 'facetLimit' once
        q=a%00b                                      | q holds a control
        actor=org%2Fsoviet-union%3E%20%7D%20DROP%20ALL%20%23 | unknown actor
        kind=AidProvision%7D%20UNION%20%7B%3Fs%20%3Fp%20%3Fo | unknown kind
        place=place/%E0%B8%81%E0%B8%B2%E0%B8%A3%F0%9F%98%80 | unknown place 'place/????'
        """)
    void everyWrongValueIsA400ThatSaysWhy(String query, String message) {
        for (String path : List.of("explore.json", "explore.csv", "explore")) {
            HttpResponse<String> r = Http.get(base + path + "?" + query, "*/*");
            assertEquals(400, r.statusCode(), path + "?" + query + ": " + r.body());
            if (!path.equals("explore")) {
                assertTrue(r.body().contains(message), path + "?" + query + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            }
        }
        assertEquals(200, Http.get(base + "explore.json?kind=Visit", "application/json").statusCode(), "still up");
    }

    @Test
    void hugeAndRepeatedValuesAre400sNot500s() {
        String huge = "x".repeat(20_000);
        for (String name : List.of("kind", "actor", "state", "place", "source", "confidence", "rank", "ambiguity", "dated", "from",
                "to", "time", "q", "view", "limit", "offset", "facetLimit", "huge" + huge.substring(0, 1000))) {
            HttpResponse<String> r = Http.get(base + "explore.json?" + name + "=" + huge, "application/json");
            assertEquals(400, r.statusCode(), name + ": " + r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(r.body().length() < 2000, "the message does not echo the whole value: " + r.body().length());
        }
        for (String name : List.of("kind", "actor", "q", "from")) {
            String value = name.equals("kind") ? "AidProvision" : name.equals("actor") ? "org/soviet-union"
                : name.equals("q") ? "soviet" : "1950";
            String query = (name + "=" + value + "&").repeat(1000);
            HttpResponse<String> r = Http.get(base + "explore.json?" + query, "application/json");
            assertEquals(400, r.statusCode(), name + " x1000: " + r.body());
            assertTrue(r.body().contains("too many values of '" + name + "'") || r.body().contains("ERROR"), r.body());
        }
        // Repeating the same value a few times is harmless: it is one alternative.
        JsonObject twice = JSON.parse(Http.get(base + "explore.json?kind=Visit&kind=Visit", "application/json").body());
        JsonObject once = JSON.parse(Http.get(base + "explore.json?kind=Visit", "application/json").body());
        assertEquals(once.get("total"), twice.get("total"));
    }

    @Test
    void unicodeAndInjectionInTheTextFilterAreOnlyText() {
        JsonObject vi = json("explore.json?q=" + Http.encode("Võ Nguyên Giáp"));
        JsonObject ascii = json("explore.json?q=vo%20nguyen%20giap");
        assertEquals(ascii.get("total"), vi.get("total"), "the folded key matches both spellings");
        assertTrue(vi.get("total").getAsNumber().value().intValue() > 0);
        for (String hostile : List.of("\") } DELETE WHERE { ?s ?p ?o } #", "' OR 1=1 --", "<script>alert(1)</script>",
                "${jndi:ldap://x/a}", "\\u0000", "🙂🙂🙂", "汉字", "*", "?c")) {
            JsonObject r = json("explore.json?q=" + Http.encode(hostile));
            assertEquals(0, r.get("total").getAsNumber().value().intValue(), hostile);
        }
        assertTrue(json("explore.json").get("total").getAsNumber().value().intValue() > 150, "nothing was deleted");
    }

    @Test
    void reflectedValuesCannotBecomeMarkup() {
        HttpResponse<String> page = Http.get(base + "explore?actor=%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
        assertEquals(400, page.statusCode());
        assertFalse(page.body().contains("<script>alert"), "the page is the static file, not an echo");
        for (String path : List.of("explore", "explore?kind=Visit", "explore.json", "explore.csv")) {
            HttpResponse<String> r = Http.get(base + path, "*/*");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
        HttpResponse<String> json = Http.get(base + "explore.json?actor=%3Cimg%20src=x%20onerror=alert(1)%3E", "*/*");
        assertEquals(400, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void theCsvIsTheFilteredSetWithAHeader() {
        HttpResponse<String> csv = Http.get(base + "explore.csv?kind=AidProvision", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("iri,title,kind,date,earliest,latest,source,paragraph,confidence,ambiguous", lines[0]);
        int total = json("explore.json?kind=AidProvision").get("total").getAsNumber().value().intValue();
        assertEquals(total, lines.length - 1);
        assertTrue(csv.body().contains("\"Soviet Union → Central Public Security School: experts and training, early 1959\""),
            csv.body());
    }

    private static JsonObject json(String path) {
        HttpResponse<String> r = Http.get(base + path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.parse(r.body());
    }
}
