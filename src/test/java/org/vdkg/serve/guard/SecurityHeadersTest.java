package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.support.Http;
import org.vdkg.support.OtherSite;
import org.vdkg.support.RawHttp;
import org.vdkg.support.ServedCopy;

/**
 * Every answer carries {@code nosniff}, a Content-Security-Policy, frame protection and a referrer policy, errors
 * included; and every page still works under its policy in Chromium: no violation is reported, the views draw, the
 * site's style applies and the query UI runs a query.
 */
class SecurityHeadersTest {

    private static ServedCopy served;
    private static OtherSite otherSite;

    @BeforeAll
    static void start() {
        served = ServedCopy.shared();
        otherSite = OtherSite.start();
    }

    @AfterAll
    static void stop() {
        otherSite.close();
    }

    /** One request of the walk: what to ask for, and whether the answer is one of vdkg's own HTML pages. */
    private record Ask(String method, String path, String accept, boolean ownPage) {
    }

    private static List<Ask> everyKindOfAnswer() {
        List<Ask> asks = new ArrayList<>();
        for (String page : List.of("", "queries", "dumps/", "about", "id/org/soviet-union", "id/claim/army-foreign-affairs/law-2018-defence-diplomacy", "ontology", ".well-known/void",
                "vdkg/sparql", "search", "search?q=giap", "search?q=" + "x".repeat(300), "graph", "timeline", "map",
                "reconcile/preview?id=org/soviet-union")) {
            asks.add(new Ask("GET", page, "text/html", true));
        }
        for (String[] other : new String[][] {{"query", "text/html"}, {"", "text/turtle"}, {"", "image/png"}, {"static/", "*/*"}, {"static/Upload-x.js", "*/*"}, {"query/prefixes.json", "*/*"}, {"view/site.css", "text/css"},
                {"view/graph.js", "*/*"}, {"webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "*/*"}, {"graph.json", "*/*"},
                {"timeline.json", "*/*"}, {"reconcile", "*/*"}, {"reconcile/flyout/entity?id=org/soviet-union", "*/*"},
                {"search?q=giap&format=json&callback=cb", "*/*"}, {"context.jsonld", "*/*"}, {"dumps/vdkg.nq", "*/*"},
                {"$/server", "*/*"}, {"$/ping", "*/*"}, {"vdkg/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+xml"}, {"id/org/no-such-thing", "text/html"},
                {"vdkg/sparql?query=" + Http.encode("SELEC"), "*/*"}, {"vdkg/sparql?query=" + Http.encode("ASK {}") + "&stylesheet=x", "*/*"},
                {"vdkg/data?default", "text/turtle"}, {"id/org/soviet-union", "image/png"}, {"nowhere", "text/html"},
                {"vdkg/nowhere", "*/*"}, {"id/org/soviet-union?format=nope", "*/*"}}) {
            asks.add(new Ask("GET", other[0], other[1], false));
        }
        asks.add(new Ask("POST", "about", "text/html", false));
        asks.add(new Ask("TRACE", "vdkg/sparql", "*/*", false));
        asks.add(new Ask("OPTIONS", "vdkg/sparql", "*/*", false));
        return asks;
    }

    private static final Pattern INLINE_SCRIPT = Pattern.compile("(?i)<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("(?i)\\son[a-z]+\\s*=");
    private static final Pattern INLINE_STYLE = Pattern.compile("(?i)<style|\\sstyle\\s*=");

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        int n = 0;
        for (Ask ask : everyKindOfAnswer()) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(served.base() + ask.path())).header("Accept", ask.accept())
                    .method(ask.method(), HttpRequest.BodyPublishers.noBody()));
            String what = ask.method() + " /" + ask.path() + " (" + ask.accept() + ") -> " + r.statusCode();
            assertHeaders(what, ask.path(), r.headers().map());
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (ask.ownPage()) {
                assertTrue(type.startsWith("text/html"), what + " " + type);
                assertFalse(INLINE_SCRIPT.matcher(r.body()).find() || HANDLER_ATTRIBUTE.matcher(r.body()).find(), what + " has inline script");
                if (!ask.path().startsWith("reconcile/preview")) {
                    assertFalse(INLINE_STYLE.matcher(r.body()).find(), what + " has inline style");
                }
            }
            n++;
        }
        // Requests Jetty refuses before any handler runs get the headers that matter for them, too.
        RawHttp.Answer ambiguous = RawHttp.get(served.server.port(), "/vdkg//sparql", "Host: 127.0.0.1");
        assertEquals(400, ambiguous.status());
        assertEquals("nosniff", ambiguous.header("X-Content-Type-Options").orElse(""), ambiguous.all());
        assertTrue(ambiguous.header("Content-Type").orElse("").startsWith("text/plain"), ambiguous.all());
        System.out.println("SecurityHeadersTest: " + (n + 1) + " answers checked");
    }

    private static void assertHeaders(String what, String path, Map<String, List<String>> headers) {
        String csp = first(headers, "Content-Security-Policy");
        assertEquals("nosniff", first(headers, "X-Content-Type-Options"), what);
        assertEquals("same-origin", first(headers, "Referrer-Policy"), what);
        for (String directive : List.of("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'", "connect-src 'self'")) {
            assertTrue(csp.contains(directive), what + " lacks " + directive + ": " + csp);
        }
        assertFalse(csp.contains("unsafe-eval"), what);
        if (path.startsWith("reconcile/preview")) {
            assertTrue(csp.contains("frame-ancestors *"), "OpenRefine frames the preview: " + csp);
            assertEquals("", first(headers, "X-Frame-Options"), what);
        } else {
            assertTrue(csp.endsWith("frame-ancestors 'none'"), what + ": " + csp);
            assertEquals("DENY", first(headers, "X-Frame-Options"), what);
        }
        boolean ui = path.equals("query");
        assertEquals(ui, csp.contains("'unsafe-inline'") && !path.startsWith("reconcile/preview"),
                what + ": only the query UI (and the preview) may have inline styles: " + csp);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                .findFirst().orElse("");
    }

    private static final String RECORD_VIOLATIONS = Browser.RECORD_VIOLATIONS;

    private static List<String> violations(Browser b) {
        return b.violations();
    }

    @Test
    void chromiumShowsEveryPageWithoutAViolationAndTheViewsStillDraw() {
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(RECORD_VIOLATIONS);
            for (String page : List.of("", "queries", "dumps/", "about", "id/org/soviet-union", "id/claim/army-foreign-affairs/law-2018-defence-diplomacy", "ontology",
                    ".well-known/void?format=html", "vdkg/sparql", "search?q=vo%20nguyen%20giap",
                    "reconcile/preview?id=org/soviet-union")) {
                b.open(served.base() + page);
                assertEquals(List.of(), violations(b), page);
                if (!page.startsWith("reconcile/preview")) {
                    // The site's style sheet applied: the default font would be a serif one.
                    assertEquals("sans-serif", b.evalString("getComputedStyle(document.body).fontFamily"), page);
                }
            }
            for (String view : List.of("graph", "timeline")) {
                b.open(served.base() + view);
                assertEquals("true", b.evalString(untilDrawn()), view + " drew");
                assertEquals(List.of(), violations(b), view);
                String drawn = view.equals("graph") ? "#cy canvas" : "#timeline svg rect";
                assertTrue(Integer.parseInt(b.evalString("String(document.querySelectorAll('" + drawn + "').length)")) > 0, view);
            }
        }
    }

    private static String untilDrawn() {
        return "new Promise(resolve => { const check = () => document.body.dataset.rendered ? resolve(document.body.dataset.rendered) "
                + ": setTimeout(check, 100); check(); })";
    }

    @Test
    void theQueryUiLoadsAndRunsAQueryUnderItsPolicy() {
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(RECORD_VIOLATIONS);
            b.open(served.base() + "query");
            String rows = b.evalString("new Promise(resolve => { let clicked = false; const step = () => {"
                    + " const button = document.querySelector('.yasqe_queryButton');"
                    + " const rows = document.querySelectorAll('.yasr table tbody tr').length;"
                    + " if (rows > 0) { resolve(String(rows)); return; }"
                    + " if (button && !clicked) { button.click(); clicked = true; }"
                    + " setTimeout(step, 200); }; step(); })");
            assertTrue(Integer.parseInt(rows) > 0, "the query UI shows rows: " + rows);
            // YASQE's prefix lookup at prefix.cc is rewritten to this server: nothing is blocked.
            assertEquals(List.of(), violations(b), "no violation in the query UI");
        }
    }

    @Test
    void otherSitesCannotFrameThePagesButOpenRefineCanFrameThePreview() {
        otherSite.html("/frames.html", "<!DOCTYPE html><iframe id=\"about\" src=\"" + served.base() + "about\"></iframe>"
                + "<iframe id=\"graph\" src=\"" + served.base() + "graph\"></iframe>"
                + "<iframe id=\"preview\" src=\"" + served.base() + "reconcile/preview?id=org/soviet-union\"></iframe>");
        // Frames of other sites then live in the page's own process, where the protocol session sees them.
        try (Browser b = Browser.start("--disable-site-isolation-trials")) {
            // The page's load event waits for its frames, shown or refused.
            b.open(otherSite.url("/frames.html"));
            JsonObject tree = b.send("Page.getFrameTree", new JsonObject()).getObj("frameTree");
            List<String> shown = new ArrayList<>();
            tree.get("childFrames").getAsArray().forEach(f -> {
                JsonObject frame = f.getAsObject().getObj("frame");
                if (!frame.hasKey("unreachableUrl") && frame.getString("url").startsWith(served.base())) {
                    shown.add(frame.getString("url").substring(served.base().length()));
                }
            });
            assertEquals(List.of("reconcile/preview?id=org/soviet-union"), shown);
        }
    }
}
