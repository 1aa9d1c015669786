package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.store.BuildStamp;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.vocab.IriScheme;

/** The read-only public endpoint: writes and admin calls refused, answers capped, sized and cacheable. */
class PublicEndpointTest {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 404, 405);
    private static ServedCopy served;
    private static String stampBefore;

    @BeforeAll
    static void start() throws Exception {
        served = ServedCopy.start(30_000, g -> g.withMaxRows(50).withMaxRequestBytes(8 * 1024));
        stampBefore = Files.readString(served.built.database().resolve(DatabaseDirs.STAMP));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static void assertUnchanged() throws Exception {
        assertEquals(served.built.totalTriples(), Http.count(served.sparql()));
        assertEquals(stampBefore, Files.readString(served.built.database().resolve(DatabaseDirs.STAMP)));
    }

    @Test
    void updatesGraphStoreWritesAndAdminCallsAreRefusedAndTheDataIsUnchanged() throws Exception {
        String base = served.base();
        String update = "DROP ALL";
        for (String path : List.of("vdkg/sparql", "vdkg/update", "vdkg", "vdkg/data", "vdkg/query")) {
            int form = Http.postForm(base + path, "update", update, "*/*").statusCode();
            assertTrue(REFUSED.contains(form) || form == 400, "form update to " + path + " -> " + form);
            int body = Http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update))).statusCode();
            assertTrue(REFUSED.contains(body) || body == 400 || body == 415, "sparql-update to " + path + " -> " + body);
        }
        for (String target : List.of("?default", "?graph=" + Http.encode(IriScheme.DEFAULT_BASE + "graph/entities"), "")) {
            String url = base + "vdkg/data" + target;
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."));
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."));
            for (HttpRequest.Builder r : List.of(put, post, HttpRequest.newBuilder(URI.create(url)).DELETE())) {
                int status = Http.send(r).statusCode();
                assertTrue(REFUSED.contains(status) || status == 400, target + " -> " + status);
            }
        }
        for (String path : List.of("$/datasets", "$/datasets/vdkg", "$/backup/vdkg", "$/compact/vdkg", "$/tasks", "$/reload",
                "$/sleep", "$/metrics", "$/logs")) {
            int post = Http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(""))).statusCode();
            assertTrue(REFUSED.contains(post), "POST " + path + " -> " + post);
        }
        int delete = Http.send(HttpRequest.newBuilder(URI.create(base + "$/datasets/vdkg")).DELETE()).statusCode();
        assertTrue(REFUSED.contains(delete), "DELETE $/datasets/vdkg -> " + delete);
        assertUnchanged();
    }

    @Test
    void anUnboundedSelectIsCutAtTheRowCapAndSaysSo() {
        HttpResponse<String> r = Http.get(served.sparql() + "?query=" + Http.encode("SELECT * { ?s ?p ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(1 + 50, r.body().lines().count(), "header and 50 rows");
        assertEquals("50", r.headers().firstValue(GuardedQuery.HEADER).orElse(""));
        HttpResponse<String> small = Http.get(served.sparql() + "?query=" + Http.encode("SELECT * { ?s ?p ?o } LIMIT 7"), "text/csv");
        assertEquals(1 + 7, small.body().lines().count());
        assertTrue(small.headers().firstValue(GuardedQuery.HEADER).isEmpty(), "a smaller LIMIT is kept as is");
    }

    @Test
    void aRepeatedGetIsAnswered304FromItsValidators() {
        String url = served.sparql() + "?query=" + Http.encode(Http.COUNT);
        HttpResponse<String> first = Http.get(url, "text/csv");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertTrue(etag.contains(BuildStamp.read(served.built.database()).orElseThrow().id()), "the ETag names the build");

        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                .header("If-None-Match", etag).GET());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> since = Http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                .header("If-Modified-Since", lastModified).GET());
        assertEquals(304, since.statusCode());

        HttpResponse<String> json = Http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json")
                .header("If-None-Match", etag).GET());
        assertEquals(200, json.statusCode(), "another representation has another ETag");
        assertFalse(etag.equals(json.headers().firstValue("ETag").orElse("")));
    }

    @Test
    void errorsAndPostsCarryNoValidators() {
        HttpResponse<String> bad = Http.get(served.sparql() + "?query=" + Http.encode("SELECT ?x WHERE {"), "text/csv");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("ETag").isEmpty(), bad.headers().toString());
        HttpResponse<String> post = Http.postForm(served.sparql(), "query", Http.COUNT, "text/csv");
        assertEquals(200, post.statusCode());
        assertTrue(post.headers().firstValue("ETag").isEmpty());
    }

    @Test
    void anOversizedBodyIs413AndTheServerGoesOn() throws Exception {
        String huge = "SELECT * { ?s ?p ?o } # " + "x".repeat(20_000);
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(served.sparql()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertEquals(413, r.statusCode());
        HttpResponse<String> form = Http.postForm(served.sparql(), "query", huge, "text/csv");
        assertEquals(413, form.statusCode());
        HttpResponse<String> longUrl = Http.get(served.sparql() + "?query=" + Http.encode(huge), "text/csv");
        assertEquals(414, longUrl.statusCode());
        assertUnchanged();
    }

    @Test
    void federatedQueriesAreRefusedSoTheServerFetchesNoUrlItIsGiven() {
        HttpResponse<String> r = Http.get(served.sparql() + "?query="
                + Http.encode("SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), "text/csv");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void clientMistakesAreAnswered4xxNot5xx() {
        String url = served.sparql();
        assertEquals(415, Http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query; charset=nope")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}"))).statusCode());
        assertEquals(400, Http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'q', '=', '%', 'z', (byte) 0xff}))).statusCode());
        assertEquals(405, Http.send(HttpRequest.newBuilder(URI.create(url)).method("PROPFIND", HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(405, Http.send(HttpRequest.newBuilder(URI.create(served.base() + "nowhere")).method("TRACE", HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(200, Http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString("ASK {}"))).statusCode(), "a good body still works");
    }

    @Test
    void theUiIsServedWithoutTheGuards() {
        HttpResponse<String> ui = Http.get(served.base(), "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("ETag").map(e -> !e.contains("-")).orElse(true), "no build ETag on static files");
        assertEquals(200, Http.get(served.base() + "$/ping", "*/*").statusCode());
    }
}
