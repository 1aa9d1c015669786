package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * gzip on the real server over HTTP: pages, RDF of {@code /id/...}, dumps, JSON and SPARQL answers are compressed when
 * the client accepts gzip and only then ({@code gzip;q=0} and {@code identity} refuse it), the compressed body is the
 * plain one, a plain answer carries its {@code Content-Length}, HEAD gives GET's headers, there is one {@code Vary}
 * naming Accept and Accept-Encoding, and both ETags (plain and {@code --gzip}) revalidate to 304.
 */
class CompressionTest {

    private final ServedCopy served = ServedCopy.shared();

    private List<String[]> targets() {
        String url = served.base();
        return List.of(
                new String[] {url + "id/org/soviet-union", "text/html"},
                new String[] {url + "id/org/soviet-union", "text/turtle"},
                new String[] {url + "id/org/soviet-union", "application/json"},
                new String[] {url + "ontology", "application/rdf+xml"},
                new String[] {url + "dumps/vdkg.nq", "*/*"},
                new String[] {url + "dumps/vdkg-reifiers.trig", "*/*"},
                new String[] {url + "dumps/", "application/json"},
                new String[] {url + "about", "text/html"},
                new String[] {served.sparql() + "?query=" + Http.encode("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 200"),
                        "application/sparql-results+json"});
    }

    @Test
    void compressedOnlyWhenAcceptedAndTheSameBytes() {
        for (String[] t : targets()) {
            String what = t[0] + " as " + t[1];
            HttpResponse<byte[]> plain = get(t, null);
            assertEquals(200, plain.statusCode(), what);
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), what);
            for (String refuse : List.of("identity", "gzip;q=0", "br")) {
                HttpResponse<byte[]> r = get(t, refuse);
                assertFalse(r.headers().firstValue("Content-Encoding").isPresent(), what + " with " + refuse);
                assertArrayEquals(plain.body(), r.body(), what + " with " + refuse);
            }
            for (String accept : List.of("gzip", "gzip, deflate, br", "deflate;q=0.5, gzip;q=1.0")) {
                HttpResponse<byte[]> z = get(t, accept);
                assertEquals(200, z.statusCode(), what);
                assertEquals("gzip", z.headers().firstValue("Content-Encoding").orElse(null), what + " with " + accept);
                assertArrayEquals(plain.body(), gunzip(z.body()), what + ": the compressed body is the plain one");
                assertOneVary(z.headers(), what);
                assertTrue(z.headers().firstValue("ETag").orElse("").endsWith("--gzip\""), what + " " + z.headers().map());
            }
            assertOneVary(plain.headers(), what);
        }
    }

    @Test
    void plainPagesAndDumpsCarryTheirLengthAndHeadGivesTheSameHeaders() {
        for (String[] t : targets()) {
            String what = t[0] + " as " + t[1];
            HttpResponse<byte[]> plain = get(t, null);
            if (!t[0].contains("?query=")) {
                assertEquals(String.valueOf(plain.body().length), plain.headers().firstValue("Content-Length").orElse(null),
                        what + ": Content-Length, not chunked " + plain.headers().map());
                assertFalse(plain.headers().firstValue("Transfer-Encoding").isPresent(), what);
            }
            // Fuseki's query endpoint answers HEAD with 405, compressed or not.
            for (String encoding : t[0].contains("?query=") ? new String[0] : new String[] {null, "gzip"}) {
                HttpResponse<byte[]> get = get(t, encoding);
                HttpResponse<byte[]> head = Http.sendForBytes(request(t, encoding).method("HEAD", HttpRequest.BodyPublishers.noBody()));
                assertEquals(200, head.statusCode(), what);
                assertEquals(0, head.body().length, what);
                for (String h : List.of("Content-Type", "Content-Encoding", "ETag", "Vary", "Cache-Control")) {
                    assertEquals(get.headers().allValues(h), head.headers().allValues(h), what + " HEAD " + h + " " + encoding);
                }
                if (encoding == null && !t[0].contains("?query=")) {
                    assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"), what);
                }
            }
        }
    }

    @Test
    void bothEtagsRevalidate() {
        for (String[] t : targets()) {
            String what = t[0] + " as " + t[1];
            String plainTag = get(t, null).headers().firstValue("ETag").orElseThrow();
            String gzipTag = get(t, "gzip").headers().firstValue("ETag").orElseThrow();
            assertFalse(plainTag.equals(gzipTag), what + ": one ETag per encoding");
            HttpResponse<byte[]> zipped = Http.sendForBytes(request(t, "gzip").header("If-None-Match", gzipTag).GET());
            assertEquals(304, zipped.statusCode(), what + " gzip ETag");
            assertEquals(0, zipped.body().length, what);
            assertEquals(gzipTag, zipped.headers().firstValue("ETag").orElse(null), what + ": the 304 names the gzip ETag");
            assertOneVary(zipped.headers(), what + " 304");
            HttpResponse<byte[]> plain = Http.sendForBytes(request(t, null).header("If-None-Match", plainTag).GET());
            assertEquals(304, plain.statusCode(), what + " plain ETag");
            HttpResponse<byte[]> other = Http.sendForBytes(request(t, "gzip").header("If-None-Match", "\"x--gzip\"").GET());
            assertEquals(200, other.statusCode(), what + " another ETag");
            assertEquals("gzip", other.headers().firstValue("Content-Encoding").orElse(null), what);
        }
    }

    private static void assertOneVary(HttpHeaders h, String what) {
        List<String> vary = h.allValues("Vary");
        assertEquals(1, vary.size(), what + ": " + vary);
        String v = vary.get(0).toLowerCase(Locale.ROOT);
        assertTrue(v.matches("(.*, *)?accept( *,.*)?") && v.contains("accept-encoding"), what + ": " + vary);
    }

    private HttpResponse<byte[]> get(String[] t, String acceptEncoding) {
        return Http.sendForBytes(request(t, acceptEncoding).GET());
    }

    private static HttpRequest.Builder request(String[] t, String acceptEncoding) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t[0])).header("Accept", t[1]);
        return acceptEncoding == null ? b : b.header("Accept-Encoding", acceptEncoding);
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
