package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * Client mistakes and tricks against the shared read-only server: bad format parameters, queries nested too deeply
 * for the stack, full-text searches Lucene cannot run (all 400, never 500); validators that identify the answer
 * (304 only where the answer would be 200); bodies that try to slip past the size limit (chunked, compressed,
 * form-encoded, one huge value or many small ones: 413).
 */
class HostileRequestsTest {

    private static String get(String query) {
        return ServedCopy.shared().sparql() + "?query=" + Http.encode(query);
    }

    private static HttpResponse<String> post(String query) {
        return Http.send(HttpRequest.newBuilder(URI.create(ServedCopy.shared().sparql())).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    @Test
    void badFormatAndOutputParametersAre400() {
        ServedCopy s = ServedCopy.shared();
        List<String> urls = List.of(s.sparql() + "?format=x", s.sparql() + "?format=", s.sparql() + "?format=json&output=x",
                s.sparql() + "?format=%00", get("ASK {}") + "&format=x", get("ASK {}") + "&output=x",
                get("SELECT * { ?s ?p ?o } LIMIT 1") + "&output=zzz&format=zzz");
        for (String url : urls) {
            HttpResponse<String> r = Http.get(url, "*/*");
            assertEquals(400, r.statusCode(), url + " -> " + r.body());
            assertTrue(r.body().strip().length() > 5, "a message for " + url);
        }
    }

    @Test
    void queriesTooDeepForTheStackAre400() {
        List<String> deep = new ArrayList<>();
        deep.add("SELECT * WHERE " + "{ SELECT * WHERE ".repeat(2000) + "{ ?s ?p ?o }" + " }".repeat(2000));
        deep.add("SELECT * WHERE " + "{ ".repeat(3000) + "?s ?p ?o" + " }".repeat(3000));
        StringBuilder unions = new StringBuilder("SELECT * WHERE { {?s ?p 0}");
        for (int i = 1; i < 5000; i++) {
            unions.append("UNION{?s ?p ").append(i % 10).append('}');
        }
        deep.add(unions.append(" }").toString());
        // Deeper than the guard's limit but shallow enough for any stack: refused by depth, not by luck.
        deep.add("SELECT * WHERE { {?s ?p 0}" + "UNION{?s ?p 1}".repeat(1500) + " }");
        deep.add("SELECT * { ?s ?p ?o FILTER(" + "?o = 1 || ".repeat(1500) + "false) }");
        deep.add("SELECT * { ?s " + "<urn:p>/".repeat(1500) + "<urn:p> ?o }");
        deep.add("SELECT (" + "1+".repeat(30000) + "1 AS ?x) { }");
        deep.add("SELECT * { ?s " + "<urn:p>/".repeat(5000) + "<urn:p> ?o }");
        deep.add("SELECT * { ?s " + "<urn:p>|".repeat(5000) + "<urn:p> ?o }");
        deep.add("SELECT * { ?s ?p ?o FILTER(" + "!".repeat(20000) + "true) }");
        deep.add("SELECT * { ?s ?p ?o FILTER(" + "?o = 1 || ".repeat(10000) + "false) }");
        for (String q : deep) {
            HttpResponse<String> r = post(q);
            assertEquals(400, r.statusCode(), q.substring(0, 60) + "... -> " + r.body());
        }
        assertEquals(ServedCopy.shared().built.totalTriples(), Http.count(ServedCopy.shared().sparql()), "the server goes on");
        // Parentheses nest the text but not the query: the parser may run out of stack (400) or, warm, read a flat
        // query and answer it (200); either way the server stays up.
        for (String q : List.of("SELECT (" + "(".repeat(5000) + "1" + ")".repeat(5000) + " AS ?x) { }",
                "SELECT * { ?s " + "(".repeat(3000) + "<urn:p>" + ")".repeat(3000) + " ?o }")) {
            int status = post(q).statusCode();
            assertTrue(status == 400 || status == 200, q.substring(0, 60) + "... -> " + status);
        }
        // Just under the limit is an ordinary query.
        assertEquals(200, post("SELECT * WHERE { {?s ?p 0}" + "UNION{?s ?p 1}".repeat(900) + " } LIMIT 1").statusCode());
        System.out.println("deep-nesting variants: " + deep.size() + ", each 400");
    }

    @Test
    void fullTextSearchesLuceneRefusesAre400AndOthersAnswer() {
        String text = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ";
        List<String> qs = List.of(text + "?s text:query \"foo)\" }", text + "?s text:query \"\" }",
                text + "?s text:query \"a:b:c~~^^\" }", text + "?s text:query \"/(a+)+(b+)+(c+)+(d+)+[a-z]{1,100}[a-z]{1,100}[a-z]{1,100}/\" }",
                text + "?s text:query \"" + "(".repeat(2000) + "a" + ")".repeat(2000) + "\" }",
                text + "?s text:query \"" + String.join(" OR ", java.util.Collections.nCopies(3000, "a")) + "\" }",
                text + "?s text:query \"*foo\" }", text + "?s text:query \"/.*/\" }", text + "?s text:query \"a~0.5\" }",
                text + "?s text:query \"\\\\\" }", text + "?s text:query (\"foo\" 2000000000) }",
                text + "BIND(\"foo)\" AS ?q) ?s text:query ?q }", text + "?s text:query \"" + "x".repeat(50000) + "\" }");
        for (String q : qs) {
            HttpResponse<String> r = post(q);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q.substring(0, Math.min(120, q.length())) + " -> " + r.statusCode() + " " + r.body());
        }
        System.out.println("text:query variants: " + qs.size() + ", each 200 or 400");
    }

    @Test
    void theEtagIdentifiesTheAnswerAnd304IsOnlyForA200() {
        ServedCopy s = ServedCopy.shared();
        String a = get("SELECT * { ?s ?p ?o } LIMIT 3");
        String b = get("SELECT * { ?s ?p ?o } LIMIT 4");
        String etagA = Http.get(a, "text/csv").headers().firstValue("ETag").orElseThrow();
        String etagB = Http.get(b, "text/csv").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etagA, etagB, "two queries, two ETags");
        assertNotEquals(etagA, Http.get(a, "application/sparql-results+json").headers().firstValue("ETag").orElseThrow());
        assertEquals(304, conditional(a, "text/csv", etagA).statusCode(), "a valid repeat");
        assertEquals(304, conditional(a, "text/csv", "W/" + etagA + ", \"other\"").statusCode(), "a list with it, weakly");
        assertEquals(304, conditional(a, "text/csv", "*").statusCode(), "* for an answer that exists");
        assertEquals(200, conditional(b, "text/csv", etagA).statusCode(), "another query's ETag");
        assertEquals(200, conditional(a, "application/sparql-results+json", etagA).statusCode(), "another representation");
        assertEquals(400, conditional(get("SELECT ?x WHERE {"), "text/csv", "*").statusCode(), "* with a malformed query");
        String missing = s.base() + "vdkg/data?graph=" + Http.encode("urn:x:no-such-graph");
        assertEquals(404, conditional(missing, "text/turtle", "*").statusCode(), "* with a missing graph");
        assertEquals(400, conditional(get("SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"), "text/csv", "*").statusCode());
        HttpResponse<String> since = Http.send(HttpRequest.newBuilder(URI.create(get("SELECT ?x WHERE {"))).header("Accept", "text/csv")
                .header("If-Modified-Since", "Thu, 01 Jan 2099 00:00:00 GMT").GET());
        assertEquals(400, since.statusCode(), "If-Modified-Since with a malformed query");
        String graph = s.base() + "vdkg/data?graph=" + Http.encode("https://w3id.org/vdkg/graph/entities");
        String etagG = Http.get(graph, "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, conditional(graph, "text/turtle", etagG).statusCode());
    }

    private static HttpResponse<String> conditional(String url, String accept, String ifNoneMatch) {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).header("If-None-Match", ifNoneMatch).GET());
    }

    @Test
    void bodiesOverTheLimitAre413HoweverTheyAreSent() throws IOException {
        ServedCopy s = ServedCopy.shared();
        long limit = org.vdkg.serve.guard.GuardSettings.DEFAULT_MAX_REQUEST_BYTES;
        String bigQuery = "SELECT * { ?s ?p ?o } # " + "x".repeat((int) limit);
        String form = "query=" + Http.encode(bigQuery);
        StringBuilder many = new StringBuilder("query=" + Http.encode("ASK {}"));
        while (many.length() <= limit) {
            many.append("&p").append(many.length()).append("=1");
        }
        List<int[]> statuses = new ArrayList<>();
        int n = 0;
        for (String[] v : new String[][] {{"application/x-www-form-urlencoded", form}, {"application/sparql-query", bigQuery},
            {"application/x-www-form-urlencoded", many.toString()}, {"application/x-www-form-urlencoded; charset=UTF-8", form},
            {"text/plain", bigQuery}}) {
            int chunked = rawChunked(s.server.port(), "/vdkg/sparql", v[0], v[1].getBytes(StandardCharsets.UTF_8), null);
            assertEquals(413, chunked, "chunked " + v[0]);
            // Jetty inflates a gzip body; the limit counts inflated bytes and reading stops there, so a bomb costs at
            // most the limit (Jetty may also end the inflated stream early: then the cut query is what runs).
            int gz = rawChunked(s.server.port(), "/vdkg/sparql", v[0], gzip(v[1]), "gzip");
            assertTrue(gz >= 200 && gz < 500, "gzip " + v[0] + " -> " + gz);
            HttpResponse<String> plain = Http.send(HttpRequest.newBuilder(URI.create(s.sparql())).header("Content-Type", v[0])
                    .POST(HttpRequest.BodyPublishers.ofString(v[1])));
            assertEquals(413, plain.statusCode(), "declared length " + v[0]);
            n += 3;
        }
        for (String path : List.of("/reconcile", "/search")) {
            assertEquals(413, rawChunked(s.server.port(), path, "application/x-www-form-urlencoded",
                    ("queries=" + Http.encode("{\"q0\":{\"query\":\"" + "x".repeat((int) limit) + "\"}}")).getBytes(StandardCharsets.UTF_8), null), path);
            n++;
        }
        assertEquals(200, rawChunked(s.server.port(), "/vdkg/sparql", "application/x-www-form-urlencoded",
                ("query=" + Http.encode("ASK {}")).getBytes(StandardCharsets.UTF_8), null), "a small chunked form still works");
        assertEquals(200, rawChunked(s.server.port(), "/vdkg/sparql", "application/sparql-query",
                "ASK {}".getBytes(StandardCharsets.UTF_8), null), "a small chunked query still works");
        assertEquals(s.built.totalTriples(), Http.count(s.sparql()));
        System.out.println("oversized-body variants: " + n + ", 413 (gzip: not 5xx)");
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** POSTs {@code body} in 4 KB chunks without a Content-Length; the status, or -1 when the server just closes. */
    static int rawChunked(int port, String path, String type, byte[] body, String encoding) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nAccept: text/csv\r\n"
                    + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n") + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int i = 0; i < body.length; i += 4096) {
                    int len = Math.min(4096, body.length - i);
                    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, i, len);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // The server refused and closed before the whole body was sent; its answer is still there to read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
                line.write(c);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            return status.startsWith("HTTP/") && status.length() >= 12 ? Integer.parseInt(status.substring(9, 12)) : -1;
        }
    }
}
