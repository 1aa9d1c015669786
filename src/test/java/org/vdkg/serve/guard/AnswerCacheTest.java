package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.vocab.VDKG;

/**
 * The answer cache of a read-only server, over HTTP: a repeated query is a hit with the same bytes and headers, a
 * reformatted one too, another result format is another entry, GET and POST share, the byte bound holds, errors and
 * oversized answers are not kept, bad input is still refused 4xx, and {@code --allow-update} turns it off.
 */
class AnswerCacheTest {

    /** Small, so that a few dozen answers fill it; its largest answer kept is a sixteenth. */
    private static final long CACHE_BYTES = 512 * 1024;
    /**
     * The other tests' cache: large enough that nothing they ask is evicted. (When full, Caffeine's W-TinyLFU policy
     * may refuse a new answer in favour of more often asked ones, so a repeat would not be a hit.)
     */
    private static final long ROOMY_BYTES = 64L * 1024 * 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ServedCopy served;
    private static ServedCopy small;
    private static ServedCopy writable;
    private static Path passwords;

    @BeforeAll
    static void start() throws IOException {
        served = ServedCopy.start(30_000, g -> g.withAnswerCacheBytes(ROOMY_BYTES));
        small = ServedCopy.start(30_000, g -> g.withAnswerCacheBytes(CACHE_BYTES));
        passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, "keeper: correct-horse\n");
        writable = ServedCopy.start(30_000, g -> g.withAnswerCacheBytes(CACHE_BYTES).withUpdate(passwords));
    }

    @AfterAll
    static void stop() throws IOException {
        if (served != null) {
            served.close();
        }
        if (writable != null) {
            writable.close();
        }
        if (small != null) {
            small.close();
        }
        Files.deleteIfExists(passwords);
    }

    static JsonObject status(ServedCopy s) {
        HttpResponse<String> r = Http.get(s.base() + "$/cache", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    static long answers(ServedCopy s, String field) {
        return status(s).get("answers").getAsObject().get(field).getAsNumber().value().longValue();
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return CLIENT.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> get(ServedCopy s, String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(s.sparql() + "?query=" + Http.encode(query))).header("Accept", accept));
    }

    static HttpResponse<byte[]> postForm(ServedCopy s, String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(s.sparql())).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(query))));
    }

    static HttpResponse<byte[]> postQuery(ServedCopy s, String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(s.sparql())).header("Accept", accept)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    /**
     * Every header by lower-case name but the date, the framing (a hit knows its length, a streamed miss is chunked)
     * and Fuseki's request id (a hit is not a Fuseki request).
     */
    static Map<String, List<String>> headers(HttpResponse<?> r) {
        Map<String, List<String>> h = new TreeMap<>(r.headers().map());
        h.keySet().removeIf(k -> List.of("date", ":status", "content-length", "transfer-encoding", "fuseki-request-id")
                .contains(k.toLowerCase(java.util.Locale.ROOT)));
        return h;
    }

    @Test
    void theSameQueryTwiceIsAHitWithTheSameBytesAndHeaders() {
        String q = "SELECT ?c WHERE { ?c <" + VDKG.NS + "inSource> ?s } ORDER BY ?c LIMIT 7";
        long hits = answers(served, "hits");
        long misses = answers(served, "misses");
        long asSent = answers(served, "asSent");
        HttpResponse<byte[]> miss = get(served, q, "application/sparql-results+json");
        assertEquals(asSent, answers(served, "asSent"), "a request not seen before is parsed");
        HttpResponse<byte[]> hit = get(served, q, "application/sparql-results+json");
        assertEquals(200, miss.statusCode());
        assertEquals(200, hit.statusCode());
        assertEquals(misses + 1, answers(served, "misses"));
        assertEquals(hits + 1, answers(served, "hits"));
        assertEquals(asSent + 1, answers(served, "asSent"), "the very same request is found without parsing");
        // The same query with another Accept that picks another format is another answer, not the one kept as sent.
        HttpResponse<byte[]> csv = get(served, q, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("c"), "CSV, not the JSON kept");
        assertArrayEquals(miss.body(), hit.body());
        assertEquals(headers(miss), headers(hit));
        assertTrue(miss.headers().firstValue("fuseki-request-id").isPresent());
        assertTrue(hit.headers().firstValue("fuseki-request-id").isEmpty(), "a hit names no Fuseki request");
        for (String name : List.of("content-type", "etag", "cache-control", "vary")) {
            assertTrue(hit.headers().firstValue(name).isPresent(), name + " missing: " + headers(hit));
        }
        // A conditional request on a hit is still answered 304 with the validators.
        HttpResponse<byte[]> notModified = send(HttpRequest.newBuilder(URI.create(served.sparql() + "?query=" + Http.encode(q)))
                .header("Accept", "application/sparql-results+json")
                .header("If-None-Match", miss.headers().firstValue("etag").orElseThrow()));
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
    }

    /** gzip wraps the cache: a compressed hit decompresses to the plain answer and revalidates by its gzip ETag. */
    @Test
    void aCompressedHitIsThePlainAnswerCompressed() throws IOException {
        String q = "SELECT ?s WHERE { ?s a <" + VDKG.NS + "Claim> } ORDER BY ?s LIMIT 9";
        String accept = "application/sparql-results+json";
        HttpResponse<byte[]> plain = get(served, q, accept);
        long hits = answers(served, "hits");
        HttpRequest.Builder zipped = HttpRequest.newBuilder(URI.create(served.sparql() + "?query=" + Http.encode(q)))
                .header("Accept", accept).header("Accept-Encoding", "gzip");
        HttpResponse<byte[]> hit = send(zipped);
        assertEquals(200, hit.statusCode());
        assertEquals(hits + 1, answers(served, "hits"), "the compressed answer came from the cache");
        assertEquals("gzip", hit.headers().firstValue("content-encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(hit.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        String etag = hit.headers().firstValue("etag").orElseThrow();
        assertTrue(etag.contains("--gzip"), etag);
        HttpResponse<byte[]> notModified = send(zipped.copy().header("If-None-Match", etag));
        assertEquals(304, notModified.statusCode());
    }

    @Test
    void aReformattedQueryIsAHit() {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?x ?l WHERE { ?x rdfs:label ?l } ORDER BY ?x ?l LIMIT 5";
        String same = "# the same question, written otherwise\n"
                + "prefix   lab:<http://www.w3.org/2000/01/rdf-schema#>   select ?x ?l\nwhere{?x lab:label ?l}\n"
                + "order by ?x ?l   limit 5 # five\n";
        HttpResponse<byte[]> first = get(served, q, "text/csv");
        long hits = answers(served, "hits");
        long entries = answers(served, "entries");
        HttpResponse<byte[]> second = get(served, same, "text/csv");
        assertEquals(200, first.statusCode());
        assertEquals(hits + 1, answers(served, "hits"));
        assertEquals(entries, answers(served, "entries"));
        assertArrayEquals(first.body(), second.body());
        // Another LIMIT is another question.
        get(served, q.replace("LIMIT 5", "LIMIT 6"), "text/csv");
        assertEquals(hits + 1, answers(served, "hits"));
    }

    @Test
    void prefixesThatShowInTheAnswerStayPartOfItsKey() {
        // Each text is parsed once and its parse reused; the prefixes it declares must still tell Turtle answers apart.
        String a = "PREFIX a: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "CONSTRUCT { ?x a:label ?l } WHERE { ?x a:label ?l } ORDER BY ?x ?l LIMIT 4";
        String b = a.replace("a:", "b:");
        long entries = answers(served, "entries");
        long hits = answers(served, "hits");
        HttpResponse<byte[]> first = get(served, a, "text/turtle");
        HttpResponse<byte[]> again = get(served, a, "text/turtle");
        HttpResponse<byte[]> other = get(served, b, "text/turtle");
        assertEquals(200, other.statusCode());
        assertEquals(hits + 1, answers(served, "hits"));
        assertEquals(entries + 2, answers(served, "entries"));
        assertArrayEquals(first.body(), again.body());
        String turtle = new String(other.body(), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("b:label") && !turtle.contains("a:label"), turtle);
        // As a table the prefixes do not show: the same answer, kept once.
        String select = "PREFIX a: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x WHERE { ?x a:label ?l } ORDER BY ?x LIMIT 4";
        get(served, select, "application/sparql-results+json");
        long before = answers(served, "hits");
        get(served, select.replace("a:", "b:"), "application/sparql-results+json");
        assertEquals(before + 1, answers(served, "hits"));
    }

    @Test
    void anotherFormatIsAnotherEntryAndGetAndPostShare() {
        String q = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p LIMIT 9";
        long entries = answers(served, "entries");
        HttpResponse<byte[]> json = get(served, q, "application/sparql-results+json");
        HttpResponse<byte[]> csv = get(served, q, "text/csv");
        assertEquals(entries + 2, answers(served, "entries"));
        assertTrue(json.headers().firstValue("content-type").orElseThrow().startsWith("application/sparql-results+json"));
        assertTrue(csv.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
        long hits = answers(served, "hits");
        HttpResponse<byte[]> form = postForm(served, q, "application/sparql-results+json");
        HttpResponse<byte[]> body = postQuery(served, q, "text/csv");
        assertEquals(200, form.statusCode());
        assertEquals(200, body.statusCode());
        assertEquals(hits + 2, answers(served, "hits"));
        assertEquals(entries + 2, answers(served, "entries"));
        assertArrayEquals(json.body(), form.body());
        assertArrayEquals(csv.body(), body.body());
        // A POST hit answers as a POST miss does: the same headers (no validators on POST).
        String other = q.replace("LIMIT 9", "LIMIT 8");
        HttpResponse<byte[]> postMiss = postForm(served, other, "text/csv");
        HttpResponse<byte[]> postHit = postForm(served, other, "text/csv");
        assertEquals(headers(postMiss), headers(postHit));
        assertArrayEquals(postMiss.body(), postHit.body());
    }

    @Test
    void theBoundOnBytesHolds() {
        long max = status(small).get("answers").getAsObject().get("maxBytes").getAsNumber().value().longValue();
        assertEquals(CACHE_BYTES, max);
        long sent = 0;
        for (int n = 100; n < 160; n++) {
            HttpResponse<byte[]> r = get(small, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT " + n,
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            sent += r.body().length;
            long bytes = answers(small, "bytes");
            assertTrue(bytes <= CACHE_BYTES, bytes + " bytes kept, over the bound " + CACHE_BYTES);
        }
        assertTrue(sent > 2 * CACHE_BYTES, "the answers (" + sent + " bytes) did not fill the cache");
        assertTrue(answers(small, "entries") < 60, "nothing was evicted");
        // An answer over the largest kept size is answered but not kept.
        long tooLarge = answers(small, "tooLarge");
        String big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3000";
        HttpResponse<byte[]> first = get(small, big, "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length > CACHE_BYTES / 16);
        assertEquals(tooLarge + 1, answers(small, "tooLarge"));
        long hits = answers(small, "hits");
        get(small, big, "application/sparql-results+json");
        assertEquals(hits, answers(small, "hits"));
    }

    @Test
    void errorsAreNotKept() {
        // Refused after parsing (SERVICE), so looked up and run every time.
        String service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        // Fails while evaluating: Lucene refuses the search string.
        String text = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"AND AND (\" }";
        for (String q : List.of(service, text)) {
            long entries = answers(served, "entries");
            long hits = answers(served, "hits");
            HttpResponse<byte[]> a = get(served, q, "application/sparql-results+json");
            HttpResponse<byte[]> b = get(served, q, "application/sparql-results+json");
            assertEquals(400, a.statusCode(), new String(a.body(), StandardCharsets.UTF_8));
            assertEquals(400, b.statusCode());
            assertEquals(entries, answers(served, "entries"), q);
            assertEquals(hits, answers(served, "hits"), q);
        }
    }

    @Test
    void hostileInputIsStillRefused() {
        // Over the request limit: 414, before any parsing.
        String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(200_000);
        assertEquals(414, get(served, huge, "text/csv").statusCode());
        assertEquals(413, postQuery(served, huge, "text/csv").statusCode());
        // A malformed query: 400, and nothing kept or counted as a hit.
        long hits = answers(served, "hits");
        assertEquals(400, get(served, "SELECT WHERE {", "text/csv").statusCode());
        assertEquals(400, get(served, "SELECT WHERE {", "text/csv").statusCode());
        assertEquals(hits, answers(served, "hits"));
        // Odd Accept headers: whatever Fuseki answers (a format or 406), the same twice and never 5xx.
        String q = "ASK { ?s ?p ?o }";
        for (String accept : List.of(";;;", "*/*;q=abc", "text/csv;q=0.5, application/x-nonsense", "application/x-nonsense",
                "\u00e9/\u00e9", "text/" + "a".repeat(2_000))) {
            HttpResponse<byte[]> a = get(served, q, accept);
            HttpResponse<byte[]> b = get(served, q, accept);
            assertTrue(a.statusCode() < 500, accept + ": " + a.statusCode());
            assertEquals(a.statusCode(), b.statusCode(), accept);
            assertArrayEquals(a.body(), b.body(), accept);
        }
        // The status endpoint takes no parameters and no writes.
        assertEquals(400, Http.get(served.base() + "$/cache?x=1", "application/json").statusCode());
        HttpResponse<String> post = Http.postForm(served.base() + "$/cache", "x", "1", "application/json");
        assertTrue(post.statusCode() >= 400 && post.statusCode() < 500, "POST: " + post.statusCode());
    }

    @Test
    void allowUpdateTurnsTheCacheOff() {
        JsonObject answers = status(writable).get("answers").getAsObject();
        assertFalse(answers.get("enabled").getAsBoolean().value(), answers.toString());
        String q = "SELECT ?c WHERE { ?c <" + VDKG.NS + "inSource> ?s } ORDER BY ?c LIMIT 3";
        HttpResponse<byte[]> a = get(writable, q, "text/csv");
        HttpResponse<byte[]> b = get(writable, q, "text/csv");
        assertEquals(200, a.statusCode());
        assertArrayEquals(a.body(), b.body());
        assertTrue(a.headers().firstValue("etag").isEmpty());
        assertNotNull(status(writable).get("lanes"));
        assertFalse(status(writable).get("answers").getAsObject().hasKey("hits"));
    }
}
