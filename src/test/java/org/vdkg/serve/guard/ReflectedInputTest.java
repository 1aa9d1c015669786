package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.support.Http;
import org.vdkg.support.OtherSite;
import org.vdkg.support.RawHttp;
import org.vdkg.support.ServedCopy;

/**
 * Request input never becomes active content: Fuseki's {@code stylesheet} parameter is refused (a Chromium run shows
 * the payload that ran script before no longer does), JSONP callbacks must be identifiers (and valid ones still work
 * for other sites under {@code nosniff}), and the {@code Host} header and its forwarded cousins never reach an
 * answer: absolute URLs come from {@code --public-url}.
 */
class ReflectedInputTest {

    private static final String PUBLIC = "https://vdkg.example.org/";
    private static final String EVIL = "evil.example";
    private static ServedCopy served;
    private static OtherSite otherSite;
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        served = ServedCopy.start(layout -> { }, 30_000, g -> g, PUBLIC);
        otherSite = OtherSite.start();
    }

    @AfterAll
    static void stop() {
        if (otherSite != null) {
            otherSite.close();
        }
        served.close();
        System.out.println("ReflectedInputTest: statuses of the attack requests " + OUTCOMES);
    }

    private static HttpResponse<String> count(HttpResponse<String> r) {
        OUTCOMES.merge(r.statusCode() + "", 1, Integer::sum);
        return r;
    }

    private static RawHttp.Answer count(RawHttp.Answer a) {
        OUTCOMES.merge(a.status() + "", 1, Integer::sum);
        return a;
    }

    /**
     * A stylesheet value that turns the XSLT instruction into a CSS one (so Chromium renders the XML itself), closes it
     * and opens an XHTML script.
     */
    private static final String PAYLOAD = "x\" type=\"text/css\"?><x:html xmlns:x=\"http://www.w3.org/1999/xhtml\">"
            + "<x:script>window.pwned = 1</x:script><?y \"";

    @Test
    void theStylesheetParameterIsRefusedInEveryShape() {
        String sparql = served.sparql();
        String q = "query=" + Http.encode("ASK {}");
        List<HttpRequest.Builder> variants = new ArrayList<>();
        for (String params : List.of(q + "&output=xml&stylesheet=" + Http.encode(PAYLOAD), q + "&stylesheet=" + Http.encode(PAYLOAD),
                q + "&output=json&stylesheet=/x.xsl", q + "&stylesheet=", q + "&stylesheet", "stylesheet=x&" + q + "&stylesheet=y",
                q + "&format=xml&stylesheet=" + Http.encode("<script>"))) {
            variants.add(HttpRequest.newBuilder(URI.create(sparql + "?" + params)).header("Accept", "application/sparql-results+xml").GET());
        }
        variants.add(HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(q + "&output=xml&stylesheet=" + Http.encode(PAYLOAD))));
        variants.add(HttpRequest.newBuilder(URI.create(sparql + "?stylesheet=" + Http.encode(PAYLOAD)))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        variants.add(HttpRequest.newBuilder(URI.create(served.base() + "vdkg?" + q + "&stylesheet=" + Http.encode(PAYLOAD))).GET());
        variants.add(HttpRequest.newBuilder(URI.create(served.base() + "vdkg/data?default&stylesheet=" + Http.encode(PAYLOAD))).GET());
        for (HttpRequest.Builder v : variants) {
            HttpResponse<String> r = count(Http.send(v));
            assertEquals(400, r.statusCode(), r.request() + ": " + r.body());
            assertTrue(r.body().contains("stylesheet") && !r.body().contains("<script") && !r.body().contains("pwned"), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        }
        assertEquals(200, Http.get(sparql + "?" + q + "&output=xml", "*/*").statusCode(), "XML results without a stylesheet");
    }

    @Test
    void aStylesheetThatRanScriptBeforeRunsNoMore() {
        String attack = served.sparql() + "?query=" + Http.encode("ASK {}") + "&output=xml&stylesheet=" + Http.encode(PAYLOAD);
        // What Fuseki answered to it before: served here from another origin, to show that the payload is live.
        otherSite.put("/old-answer.xml", "application/xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"" + PAYLOAD
                + "\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head></head><boolean>true</boolean></sparql>\n");
        try (Browser b = Browser.start()) {
            b.open(otherSite.url("/old-answer.xml"));
            assertEquals("number", b.evalString("typeof window.pwned"), "the payload runs script where nothing stops it");
            int mark = b.eventCount();
            b.open(attack);
            Browser.Exchange answer = b.awaitExchanges(mark, served.sparql()).get(0);
            count(new RawHttp.Answer(answer.status(), Map.of(), ""));
            assertEquals(400, answer.status(), answer.toString());
            assertEquals("undefined", b.evalString("typeof window.pwned"));
        }
    }

    @Test
    void jsonpCallbacksMustBeIdentifiersEverywhere() {
        List<String> endpoints = List.of(served.sparql() + "?query=" + Http.encode("ASK {}") + "&output=json&callback=",
                served.base() + "search?q=giap&format=json&callback=", served.base() + "reconcile?callback=",
                served.base() + "reconcile/suggest/entity?prefix=vo&callback=");
        List<String> bad = List.of("alert(1)//", "a;b", "<script>", "a..b", "1abc", "a.", ".a", "a b", "x".repeat(65), "a[0]",
                "a\u2028b", "cb\n", "(function(){})", "a-b", "\u0430lert", "");
        for (String endpoint : endpoints) {
            for (String callback : bad) {
                HttpResponse<String> r = count(Http.get(endpoint + Http.encode(callback), "*/*"));
                assertEquals(400, r.statusCode(), endpoint + callback + ": " + r.body());
                assertFalse(!callback.isEmpty() && r.body().contains(callback), "the refusal quotes the callback: " + r.body());
            }
            HttpResponse<String> twice = count(Http.get(endpoint + "ok&callback=" + Http.encode("alert(1)"), "*/*"));
            assertEquals(400, twice.statusCode(), "a second callback: " + twice.body());
            for (String callback : List.of("cb", "jQuery3_1_1700000000", "$", "_", "app.handlers.got", "x".repeat(64))) {
                HttpResponse<String> r = Http.get(endpoint + Http.encode(callback), "*/*");
                assertEquals(200, r.statusCode(), endpoint + callback + ": " + r.body());
                assertTrue(r.body().strip().startsWith(callback + "("), r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"),
                        endpoint + " " + r.headers().firstValue("Content-Type"));
            }
        }
    }

    @Test
    void jsonpStillServesAPageOfAnotherSiteUnderNosniff() {
        otherSite.html("/jsonp.html", "<!DOCTYPE html><script>function got(d) { document.title = 'jsonp:' + d.boolean }</script>"
                + "<script src=\"" + served.sparql() + "?query=" + Http.encode("ASK {}") + "&output=json&callback=got\"></script>"
                + "<script>function search(d) { document.documentElement.dataset.found = d.results.length }</script>"
                + "<script src=\"" + served.base() + "search?q=giap&format=json&callback=search\"></script>");
        otherSite.html("/jsonp-bad.html", "<!DOCTYPE html><script>window.ran = 0</script><script src=\"" + served.sparql()
                + "?query=" + Http.encode("ASK {}") + "&output=json&callback=" + Http.encode("ran=1;(") + "\"></script>");
        try (Browser b = Browser.start()) {
            b.open(otherSite.url("/jsonp.html"));
            assertEquals("jsonp:true", b.evalString("document.title"));
            assertTrue(Integer.parseInt(b.evalString("document.documentElement.dataset.found")) > 0);
            b.open(otherSite.url("/jsonp-bad.html"));
            assertEquals("0", b.evalString("String(window.ran)"));
        }
    }

    /** Every kind of answer that names this server, each asked as HTML and as RDF or JSON where it has both. */
    private static final List<String[]> NAMING_PATHS = List.of(
            new String[] {"/.well-known/void", "text/turtle"}, new String[] {"/.well-known/void", "text/html"},
            new String[] {"/.well-known/void", "application/ld+json"}, new String[] {"/about", "text/html"},
            new String[] {"/about", "application/rdf+xml"}, new String[] {"/", "text/turtle"},
            new String[] {"/vdkg/sparql", "text/turtle"}, new String[] {"/vdkg/sparql", "text/html"},
            new String[] {"/vdkg/sparql?format=ttl", "*/*"}, new String[] {"/reconcile", "application/json"},
            new String[] {"/reconcile?callback=cb", "*/*"}, new String[] {"/reconcile/preview?id=org/soviet-union", "text/html"},
            new String[] {"/reconcile/flyout/entity?id=org/soviet-union", "application/json"},
            new String[] {"/search?q=giap", "text/html"}, new String[] {"/search?q=giap&format=json", "*/*"},
            new String[] {"/id/org/soviet-union", "text/html"}, new String[] {"/id/org/soviet-union", "text/turtle"},
            new String[] {"/ontology", "text/html"}, new String[] {"/graph", "text/html"}, new String[] {"/timeline.json", "*/*"},
            new String[] {"/context.jsonld", "*/*"}, new String[] {"/$/server", "application/json"},
            new String[] {"/vdkg/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+xml"},
            new String[] {"/nowhere", "text/html"}, new String[] {"/vdkg/nowhere", "text/html"}, new String[] {"/static", "text/html"},
            new String[] {"/id/org/no-such-thing", "text/html"}, new String[] {"/webjars/", "text/html"});

    /** Ways a client can claim another host for the server. */
    private static final List<String> HOST_CLAIMS = List.of("Host: " + EVIL,
            "Host: " + EVIL + ":8443\nX-Forwarded-Host: " + EVIL + "\nX-Forwarded-Proto: https\nX-Forwarded-Port: 8443",
            "Host: 127.0.0.1\nX-Forwarded-Host: " + EVIL + "\nX-Forwarded-Server: " + EVIL,
            "Host: 127.0.0.1\nForwarded: for=192.0.2.1;host=" + EVIL + ";proto=https",
            "Host: " + EVIL + "\nX-Original-Host: " + EVIL + "\nX-Host: " + EVIL);

    @Test
    void theHostHeaderNeverReachesAnAnswerAndAbsoluteUrlsAreThePublicOnes() {
        Pattern absolute = Pattern.compile("https?://[^\\s\"'<>)]+");
        int port = served.server.port();
        int requests = 0;
        for (String[] p : NAMING_PATHS) {
            String honest = RawHttp.get(port, p[0], "Host: 127.0.0.1:" + port, "Accept: " + p[1]).body();
            List<String> variants = new ArrayList<>();
            for (String claim : HOST_CLAIMS) {
                variants.add("GET " + p[0] + " HTTP/1.1\n" + claim + "\nAccept: " + p[1]);
            }
            // An absolute request target names a host too, and Jetty prefers it to the Host header.
            variants.add("GET http://" + EVIL + p[0] + " HTTP/1.1\nHost: " + EVIL + "\nAccept: " + p[1]);
            for (String request : variants) {
                RawHttp.Answer a = count(RawHttp.exchange(null, port, request, new byte[0]));
                requests++;
                assertFalse(a.all().contains(EVIL), request + " ->\n" + a.all());
                if (a.status() == 200 && !p[0].startsWith("/$/")) {
                    assertEquals(honest, a.body(), "the answer does not depend on the claimed host: " + request);
                }
                Matcher m = absolute.matcher(a.all());
                while (m.find()) {
                    String url = m.group();
                    assertFalse(url.startsWith("http://127.0.0.1") || url.startsWith("http://localhost"),
                            "an absolute URL of this server that is not the public one: " + url + " in " + request);
                }
            }
        }
        String manifest = Http.get(served.base() + "reconcile", "application/json").body();
        assertTrue(manifest.contains(PUBLIC + "reconcile") && manifest.contains(PUBLIC + "id/{{id}}"), manifest);
        String voidTtl = Http.get(served.base() + ".well-known/void", "text/turtle").body();
        assertTrue(voidTtl.contains(PUBLIC + "vdkg/sparql") && voidTtl.contains(PUBLIC + "dumps/"), voidTtl);
        assertTrue(Http.get(served.sparql() + "?format=ttl", "*/*").body().contains("<" + PUBLIC + "vdkg/sparql>"));
        System.out.println("ReflectedInputTest: " + requests + " requests claiming another host");
    }
}
