package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.store.BuildStamp;
import org.vdkg.store.ContentHash;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.NQuadsHash;
import org.vdkg.support.RawHttp;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/** The readiness check a load balancer asks ({@code /$/ready}), the release label behind it, and the graceful stop. */
class ReadinessTest {

    private static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void aReadyServerSaysSoWithItsReleaseTriplesAndContentHash() {
        ServedCopy served = ServedCopy.shared();
        HttpResponse<String> r = Http.get(served.base() + "$/ready", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        JsonObject o = JSON.parse(r.body());
        assertTrue(o.get("ready").getAsBoolean().value());
        assertEquals("ready", o.getString("state"));
        // No --release-label: the build's input hash.
        assertEquals(BuildStamp.read(served.built.database()).orElseThrow().inputHash(), o.getString("release"));
        HttpResponse<String> count = Http.get(served.sparql() + "?query=" + Http.encode(QUADS), "application/sparql-results+json");
        long triples = Http.jsonCount(count.body());
        assertTrue(triples > 0);
        assertEquals(triples, o.get("triples").getAsNumber().value().longValue());
        // Worked out apart from the server's code, from the database it serves.
        assertEquals(NQuadsHash.of(served.built.database()), o.getString("contentHash"));
    }

    @Test
    void theContentHashIsTheSha256OfTheSortedNQuadsOfTheNamedGraphs() throws Exception {
        String b = "<http://example.org/g> <http://example.org/p> \"b\" <http://example.org/g2> .\n";
        String a = "<http://example.org/a> <http://example.org/p> \"Hà Nội\"@vi <http://example.org/g> .\n";
        String inDefault = "<http://example.org/x> <http://example.org/p> <http://example.org/y> .\n";
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream((b + inDefault + a).getBytes(StandardCharsets.UTF_8)), Lang.NQUADS);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((a + b).getBytes(StandardCharsets.UTF_8)));
        ContentHash h = ContentHash.of(dsg);
        assertEquals(expected, h.hex());
        assertEquals(2, h.quads());
    }

    @Test
    void otherMethodsAndOddRequestsGetClearAnswers() {
        ServedCopy served = ServedCopy.shared();
        String url = served.base() + "$/ready";
        HttpResponse<String> post = Http.postForm(url, "ready", "false", "application/json");
        assertEquals(405, post.statusCode(), post.body());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        assertTrue(JSON.parse(post.body()).hasKey("error"));
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(url))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, r.statusCode(), method + ": " + r.body());
        }
        // A health check gets JSON whatever it accepts.
        for (String accept : new String[] {"image/png", "text/html", "*/*", "application/json;q=0, text/plain", ""}) {
            HttpResponse<String> r = accept.isEmpty() ? Http.send(HttpRequest.newBuilder(URI.create(url)).GET())
                    : Http.get(url, accept);
            assertEquals(200, r.statusCode(), accept + ": " + r.body());
            assertTrue(JSON.parse(r.body()).get("ready").getAsBoolean().value());
        }
        assertEquals(200, Http.get(url + "?ready=false&callback=alert(1)", "application/json").statusCode());
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        int below = Http.get(url + "/more", "application/json").statusCode();
        assertTrue(below == 404, "/$/ready/more: " + below);
        RawHttp.Answer raw = RawHttp.get(served.server.port(), "/$/ready", "Host: 127.0.0.1", "Accept: \u0001", "X-Forwarded-For: ???");
        assertTrue(raw.status() == 200 || raw.status() == 400, raw.all());
    }

    @Test
    void aGracefulStopReportsNotReadyWhileItStillAnswersThenStops() throws Exception {
        ServedCopy copy = ServedCopy.start();
        try {
            String ready = copy.base() + "$/ready";
            assertTrue(copy.server.isReady());
            CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> copy.server.stopGracefully(3_000, 5_000));
            // Polled, not timed: the drain begins as soon as stopGracefully runs.
            HttpResponse<String> r = Http.get(ready, "application/json");
            for (int i = 0; i < 200 && r.statusCode() == 200; i++) {
                Thread.sleep(10);
                r = Http.get(ready, "application/json");
            }
            assertEquals(503, r.statusCode(), r.body());
            JsonObject o = JSON.parse(r.body());
            assertFalse(o.get("ready").getAsBoolean().value());
            assertEquals("stopping", o.getString("state"));
            // Still draining: queries are answered.
            assertEquals(200, Http.get(copy.sparql() + "?query=" + Http.encode("ASK {}"), "text/csv").statusCode());
            stop.get(60, TimeUnit.SECONDS);
            assertFalse(copy.server.isReady());
            assertThrows(RuntimeException.class, () -> Http.get(ready, "application/json"));
        } finally {
            copy.close();
        }
    }

    @Test
    void aReleaseLabelIsRecordedInTheStampAndABadOneWritesNothing(@TempDir Path dir) {
        TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        Cli.Run bad = Cli.run("build", "--root", dir.toString(), "--db", db.toString(), "--release-label", "../r 1");
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--release-label"), bad.err());
        assertFalse(db.toFile().exists());
        Cli.Run ok = Cli.run("build", "--root", dir.toString(), "--db", db.toString(), "--release-label", "2026.11-r2");
        assertEquals(0, ok.exit(), ok.err());
        BuildStamp stamp = BuildStamp.read(db).orElseThrow();
        assertEquals("2026.11-r2", stamp.release());
        assertEquals("2026.11-r2", stamp.releaseOrHash());
        assertNotEquals(stamp.inputHash(), stamp.releaseOrHash());
    }

    @Test
    void serveAsBuiltNeedsACompleteDatabaseAndRefusesBadDrains(@TempDir Path dir) {
        TestProject.copyInto(dir);
        Path missing = dir.resolve("run/none");
        Cli.Run none = Cli.run("serve", "--root", dir.toString(), "--db", missing.toString(), "--as-built", "--port", "0");
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.err().contains("--as-built") && none.err().contains("no complete database"), none.err());
        assertFalse(missing.toFile().exists(), "nothing is built");
        Cli.Run both = Cli.run("serve", "--root", dir.toString(), "--as-built", "--rebuild", "--port", "0");
        assertEquals(2, both.exit(), both.err());
        for (String drain : new String[] {"-1", "soon", "3601"}) {
            Cli.Run bad = Cli.run("serve", "--root", dir.toString(), "--drain", drain, "--port", "0");
            assertEquals(2, bad.exit(), drain + ": " + bad.err());
            assertTrue(bad.err().contains("--drain"), bad.err());
        }
        assertFalse(dir.resolve("run/db").toFile().exists(), "nothing is built");
    }
}
