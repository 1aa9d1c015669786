package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.support.Http;
import org.vdkg.support.OtherSite;
import org.vdkg.support.ServedCopy;

/**
 * {@code serve --allow-update} against cross-site request forgery: a browser that has the password cached (it logged
 * in once) visits pages of other sites, served by a second listener on loopback, that try every way a page has of
 * sending a write (forms in each encoding, fetch with and without CORS, sendBeacon, an image, a navigation); none
 * changes the data, while the server's own pages still write. Raw HTTP variants try the headers and content types
 * one by one.
 */
class CrossSiteWriteTest {

    private static final String USER = "keeper";
    private static final String PASSWORD = "correct-horse";
    private static final String GRAPH = "http://example.org/csrf";
    private static ServedCopy served;
    private static Path passwords;
    private static OtherSite otherSite;

    @BeforeAll
    static void start() throws IOException {
        passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, USER + ": " + PASSWORD + "\n");
        served = ServedCopy.start(30_000, g -> g.withUpdate(passwords));
        // The other site: any page a victim might open while logged in.
        otherSite = OtherSite.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (otherSite != null) {
            otherSite.close();
        }
        served.close();
        Files.deleteIfExists(passwords);
    }

    private static String insert(String label) {
        return "INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/s> <http://example.org/p> \"" + label + "\" } }";
    }

    private static long triplesInGraph() {
        HttpResponse<String> r = Http.get(served.sparql() + "?query="
                + Http.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return Http.jsonCount(r.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void clear() {
        HttpResponse<String> drop = Http.send(HttpRequest.newBuilder(URI.create(served.base() + "vdkg/update"))
                .header("Authorization", basic()).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <" + GRAPH + ">")));
        assertTrue(drop.statusCode() < 300, drop.statusCode() + " " + drop.body());
    }

    /** The pages of the other site, each sending one write to the server in its own way; all run on load. */
    private static Map<String, String> attackPages(String target) {
        String update = target + "vdkg/update";
        String store = target + "vdkg/store?graph=" + Http.encode(GRAPH);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("/form-urlencoded", form(update, "", "<input name=\"update\" value='" + insert("form-urlencoded") + "'>"));
        // A text/plain form writes "name=value": with a cut in the right place the body is a whole SPARQL Update.
        p.put("/form-text-plain-sparql", form(update, "text/plain", "<input name='" + insert("form-text-plain").replace("\" } }", "")
                + "' value='\" } }'>"));
        p.put("/form-text-plain-param", form(update, "text/plain", "<input name=\"update\" value='" + insert("text-plain-param") + "'>"));
        p.put("/form-multipart", form(update, "multipart/form-data", "<input name=\"update\" value='" + insert("form-multipart") + "'>"));
        // And the same cut gives N-Triples for the graph store (Fuseki reads text/plain as N-Triples).
        p.put("/form-store-ntriples", form(store, "text/plain", "<input name='<http://example.org/s> <http://example.org/p> \"form-store' value='\" .'>"));
        p.put("/form-dataset-root", form(target + "vdkg", "", "<input name=\"update\" value='" + insert("form-dataset-root") + "'>"));
        p.put("/fetch-cors-credentials", script("fetch('" + update + "', {method: 'POST', mode: 'cors', credentials: 'include', "
                + "headers: {'Content-Type': 'application/sparql-update'}, body: " + js(insert("fetch-cors")) + "})"));
        p.put("/fetch-put-store", script("fetch('" + store + "', {method: 'PUT', credentials: 'include', "
                + "headers: {'Content-Type': 'text/turtle'}, body: '<http://example.org/s> <http://example.org/p> \"fetch-put\" .'})"));
        p.put("/fetch-no-cors-text-plain", script("fetch('" + update + "', {method: 'POST', mode: 'no-cors', credentials: 'include', "
                + "headers: {'Content-Type': 'text/plain'}, body: " + js(insert("no-cors-text")) + "})"));
        p.put("/fetch-no-cors-form", script("fetch('" + update + "', {method: 'POST', mode: 'no-cors', credentials: 'include', "
                + "headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'update=' + encodeURIComponent("
                + js(insert("no-cors-form")) + ")})"));
        p.put("/fetch-no-cors-no-type", script("fetch('" + update + "', {method: 'POST', mode: 'no-cors', credentials: 'include', "
                + "body: new Blob([" + js(insert("no-cors-blob")) + "])})"));
        p.put("/beacon-form", script("navigator.sendBeacon('" + update + "', new URLSearchParams({update: " + js(insert("beacon-form")) + "}))"));
        p.put("/beacon-text", script("navigator.sendBeacon('" + update + "', " + js(insert("beacon-text")) + ")"));
        p.put("/img-get", "<!DOCTYPE html><img src=\"" + update + "?update=" + Http.encode(insert("img-get")) + "\">");
        p.put("/navigate-get", script("location.href = '" + update + "?update=' + encodeURIComponent(" + js(insert("navigate-get")) + ")"));
        return p;
    }

    private static String form(String action, String enctype, String inputs) {
        return "<!DOCTYPE html><form id=\"f\" method=\"post\" action=\"" + action + "\""
                + (enctype.isEmpty() ? "" : " enctype=\"" + enctype + "\"") + ">" + inputs + "</form>"
                + "<script>document.getElementById('f').submit()</script>";
    }

    private static String script(String js) {
        return "<!DOCTYPE html><script>" + js + "</script>";
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void aLoggedInBrowserWritesFromTheServersOwnPagesButNoOtherSitesPageCanMakeItWrite() {
        clear();
        String target = served.base();
        Map<String, Integer> outcomes = new TreeMap<>();
        try (Browser b = Browser.start()) {
            // Logging in: the browser keeps the credentials for the server's origin and sends them from now on.
            b.open(target.replace("http://", "http://" + USER + ":" + PASSWORD + "@") + "vdkg/store?default");
            b.open(target + "about");
            assertEquals("204", b.evalString("fetch('/vdkg/update', {method: 'POST', headers: {'Content-Type': "
                    + "'application/sparql-update'}, body: " + js(insert("own-page")) + "}).then(r => String(r.status))"),
                    "a page of the server itself writes with the cached login");
            assertEquals(1, triplesInGraph());

            Map<String, String> pages = attackPages(target);
            pages.forEach(otherSite::html);
            for (String page : pages.keySet()) {
                // localhost is another site than 127.0.0.1; 127.0.0.1 on another port is the same site, another origin.
                for (String url : List.of(otherSite.url(page), otherSite.sameSiteUrl(page))) {
                    int mark = b.eventCount();
                    b.send("Page.navigate", object("url", url));
                    List<Browser.Exchange> x = b.awaitExchanges(mark, target + "vdkg");
                    for (Browser.Exchange e : x) {
                        assertFalse(e.status() >= 200 && e.status() < 300, url + ": " + e);
                        if (e.method().equals("OPTIONS")) {
                            assertEquals(403, e.status(), "a preflight to a write endpoint is refused: " + url);
                        }
                        outcomes.merge(e.method() + " " + (e.status() == 0 ? "blocked by the browser" : e.status())
                                + (e.sent("Authorization") == null ? "" : " (with credentials)"), 1, Integer::sum);
                    }
                    if (page.startsWith("/form-") && !page.equals("/form-dataset-root") || page.equals("/navigate-get")) {
                        // The attack is real: the browser did attach the cached login to the other site's request.
                        assertNotNull(x.get(0).sent("Authorization"), url + " " + x);
                        assertEquals(403, x.get(0).status(), url + " is refused for its Origin and Sec-Fetch-Site");
                    }
                    assertEquals(1, triplesInGraph(), url + " wrote");
                }
            }
        }
        System.out.println("CrossSiteWriteTest, browser: " + outcomes);
        assertEquals(1, triplesInGraph(), "only the server's own page wrote");
        clear();
    }

    /** One raw write variant: what it sends and the status it must get. */
    private record Variant(String name, String method, String path, Map<String, String> headers, String body, int expected) {
    }

    private static Variant v(String name, String method, String path, String body, int expected, String... headers) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new Variant(name, method, path, h, body, expected);
    }

    @Test
    void rawRequestsWithTheRightPasswordAreRefusedForTheirOriginFetchMetadataOrContentType() {
        clear();
        String own = served.base().replaceFirst("/$", "");
        String update = "vdkg/update";
        String store = "vdkg/store?graph=" + Http.encode(GRAPH);
        String sparql = "application/sparql-update";
        String nt = "<http://example.org/s> <http://example.org/p> \"raw\" .";
        List<Variant> refused = new ArrayList<>();
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:1", "http://localhost:" + served.server.port(),
                own.replace("http://", "https://"), own + ".evil.example")) {
            refused.add(v("Origin " + origin, "POST", update, insert("o"), 403, "Content-Type", sparql, "Origin", origin));
            refused.add(v("Origin " + origin + " PUT", "PUT", store, nt, 403, "Content-Type", "text/turtle", "Origin", origin));
        }
        for (String site : List.of("cross-site", "same-site", "CROSS-SITE", "cross-site, same-origin")) {
            refused.add(v("Sec-Fetch-Site " + site, "POST", update, insert("s"), 403, "Content-Type", sparql, "Sec-Fetch-Site", site));
            refused.add(v("Sec-Fetch-Site " + site + " DELETE", "DELETE", store, "", 403, "Sec-Fetch-Site", site));
        }
        refused.add(v("own Origin but cross-site", "POST", update, insert("x"), 403, "Content-Type", sparql, "Origin", own,
                "Sec-Fetch-Site", "cross-site"));
        for (String type : List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8",
                "multipart/form-data; boundary=x", "text/plain", "Text/Plain; charset=UTF-8", " text/plain ", "TEXT/PLAIN;")) {
            String body = type.toLowerCase().contains("form") ? "update=" + Http.encode(insert("t")) : insert("t");
            refused.add(v("Content-Type " + type, "POST", update, body, 415, "Content-Type", type));
            refused.add(v("Content-Type " + type + " to the store", "POST", store, nt, 415, "Content-Type", type));
        }
        refused.add(v("no Content-Type", "POST", update, insert("n"), 415));
        refused.add(v("no Content-Type, PUT", "PUT", store, nt, 415));
        for (String path : List.of("vdkg/update/", "vdkg/update;x=1", "vdkg/%75pdate", "vdkg/./update", "VDKG/UPDATE", "vdkg/store/")) {
            refused.add(v("form to " + path, "POST", path, "update=" + Http.encode(insert("p")), 415, "Content-Type",
                    "application/x-www-form-urlencoded"));
        }
        for (String path : List.of(update, store)) {
            refused.add(v("preflight " + path, "OPTIONS", path, "", 403, "Origin", "http://evil.example",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization"));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Variant variant : refused) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(served.base() + variant.path()))
                    .header("Authorization", basic())
                    .method(variant.method(), variant.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(variant.body()));
            variant.headers().forEach(r::header);
            HttpResponse<String> a = Http.send(r);
            assertEquals(variant.expected(), a.statusCode(), variant.name() + ": " + a.body());
            assertTrue(a.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                    variant.name() + " answered with CORS headers: " + a.headers().map());
            outcomes.merge(a.statusCode() + "", 1, Integer::sum);
        }
        assertEquals(0, triplesInGraph(), "no refused variant wrote");
        System.out.println("CrossSiteWriteTest, raw: " + refused.size() + " variants, statuses " + outcomes);

        // The same writes, as a script or a page of the server itself sends them, go through.
        for (Variant ok : List.of(
                v("no Origin", "POST", update, insert("curl"), 204, "Content-Type", sparql),
                v("own Origin, same-origin", "POST", update, insert("page"), 204, "Content-Type", sparql + "; charset=utf-8",
                        "Origin", own, "Sec-Fetch-Site", "same-origin"),
                v("typed in the address bar", "PUT", store, nt, 201, "Content-Type", "text/turtle", "Sec-Fetch-Site", "none"))) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(served.base() + ok.path())).header("Authorization", basic())
                    .method(ok.method(), HttpRequest.BodyPublishers.ofString(ok.body()));
            ok.headers().forEach(r::header);
            HttpResponse<String> a = Http.send(r);
            assertTrue(a.statusCode() >= 200 && a.statusCode() < 300, ok.name() + ": " + a.statusCode() + " " + a.body());
        }
        assertEquals(1, triplesInGraph(), "the PUT replaced the graph with its one triple");
        clear();
    }

    @Test
    void writeEndpointsThatTheConfigurationFileAddsFollowTheSameRules() throws IOException {
        // A configuration with its own (password-less) update and graph-store endpoints, under names the guard does not know.
        try (ServedCopy own = ServedCopy.start(layout -> {
            Path config = org.vdkg.support.TestProject.config(layout);
            try {
                String ttl = Files.readString(config);
                String data = "fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name \"data\" ] ;";
                assertTrue(ttl.contains(data));
                Files.writeString(config, ttl.replace(data, data + " fuseki:endpoint [ fuseki:operation fuseki:update ; "
                        + "fuseki:name \"write\" ] ; fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name \"rw\" ] ;"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 30_000, g -> g, null)) {
            String write = own.base() + "vdkg/write";
            String rw = own.base() + "vdkg/rw?graph=" + Http.encode(GRAPH);
            Map<String, Integer> outcomes = new TreeMap<>();
            List<HttpRequest.Builder> refused = List.of(
                    HttpRequest.newBuilder(URI.create(write)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.encode(insert("form")))),
                    HttpRequest.newBuilder(URI.create(write)).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString(insert("text"))),
                    HttpRequest.newBuilder(URI.create(write)).header("Content-Type", "application/sparql-update")
                            .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(insert("origin"))),
                    HttpRequest.newBuilder(URI.create(write)).header("Content-Type", "application/sparql-update")
                            .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString(insert("site"))),
                    HttpRequest.newBuilder(URI.create(rw)).header("Content-Type", "text/plain")
                            .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"rw\" .")),
                    HttpRequest.newBuilder(URI.create(rw)).header("Origin", "null").DELETE());
            for (HttpRequest.Builder r : refused) {
                HttpResponse<String> a = Http.send(r);
                assertTrue(a.statusCode() == 403 || a.statusCode() == 415, a.request() + " -> " + a.statusCode() + " " + a.body());
                outcomes.merge(a.statusCode() + "", 1, Integer::sum);
            }
            HttpResponse<String> ok = Http.send(HttpRequest.newBuilder(URI.create(write)).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert("script"))));
            assertEquals(204, ok.statusCode(), "the configuration opened the endpoint, and a script may use it: " + ok.body());
            HttpResponse<String> n = Http.get(own.sparql() + "?query=" + Http.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH
                    + "> { ?s ?p ?o } }"), "application/sparql-results+json");
            assertEquals(1, Http.jsonCount(n.body()), "only the script wrote");
            System.out.println("CrossSiteWriteTest, configured endpoints: " + outcomes);
        }
    }

    @Test
    void readsStayOpenToEveryOriginWithoutCredentials() {
        for (String path : List.of("vdkg/sparql?query=" + Http.encode("ASK {}"), "about", "search?q=giap&format=json", "id/org/soviet-union")) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(served.base() + path)).header("Origin", "http://evil.example")
                    .header("Authorization", basic()).GET());
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path + " allows credentials");
        }
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(served.sparql()))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    private static org.apache.jena.atlas.json.JsonObject object(String k, String v) {
        org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
        o.put(k, v);
        return o;
    }
}
