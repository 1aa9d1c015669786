package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.support.Http;
import org.vdkg.support.Listener;
import org.vdkg.support.TestProject;
import org.vdkg.support.ServedCopy;

/**
 * Thousands of malformed or mutated SPARQL requests, bad parameters, headers, methods and raw bytes:
 * the server answers each with a 2xx-4xx status (or 503 for a timeout), never another 5xx, and keeps
 * serving correct answers afterwards.
 */
class SparqlFuzzTest {

    private static final int REQUESTS = 3_000;
    private static final int THREADS = 4;
    private static final long SEED = 20_261_123L;

    private static final String[] ACCEPT = {"text/csv", "application/sparql-results+json", "application/sparql-results+xml",
        "text/turtle", "*/*", "", "garbage", "text/html;q=0.1, */*;q=x", "application/json; charset=bogus", "\u00e9/\u00e9",
        "application/n-quads", "image/png"};
    private static final String[] CONTENT_TYPE = {"application/sparql-query", "application/x-www-form-urlencoded",
        "application/sparql-update", "text/plain", "application/json", "multipart/form-data; boundary=x", "x/y; charset=nope",
        "application/sparql-query; charset=utf-16", "text/turtle"};
    private static final String[] PARAMS = {"timeout=-1", "timeout=abc", "timeout=99999999999999999999", "timeout=0.001",
        "default-graph-uri=not%20an%20iri", "named-graph-uri=%3Curn%3Ax%3E", "output=zzz", "format=json", "stylesheet=http://x",
        "query=", "query", "update=DROP%20ALL", "callback=alert", "default-graph-uri=", "%2500=1", "=",
        "&&&", "query=ASK%7B%7D&query=ASK%7B%7D"};
    private static final String[] METHODS = {"PATCH", "OPTIONS", "TRACE", "PROPFIND", "DELETE", "PUT", "HEAD", "FOO"};
    private static final String[] PATHS = {"vdkg/sparql", "vdkg/sparql", "vdkg/sparql", "vdkg", "vdkg/data", "vdkg/query",
        "vdkg/sparql/extra", "vdkg//sparql", "vdkg/%2e%2e/vdkg/sparql", "$/ping", "$/stats/vdkg", "$/server"};
    private static final String[] SNIPPETS = {"{", "}", "(", ")", "\"", "'", "<", ">", "?", "$", "\\", "\u0000", "\u202e",
        "\ud83d\ude00", "\u00ff", "SELECT", "WHERE", "FILTER(", "OPTIONAL {", "SERVICE <http://127.0.0.1:1/>", "GRAPH ?g {",
        "LIMIT -1", "OFFSET 99999999999999999999", "{ SELECT * { SERVICE <LISTENER> { ?s ?p ?o } } }",
        "FILTER EXISTS { SERVICE <LISTENER> { ?s ?p ?o } }", "FILTER NOT EXISTS { { SELECT * { SERVICE SILENT <LISTENER> {} } } }",
        "BIND(EXISTS { SERVICE <LISTENER> {} } AS ?svc)", "ORDER BY (EXISTS { SERVICE <LISTENER> {} })",
        "FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"((a+)+)+$\"))", "BIND(REPLACE(STR(?s), \"(.*){30}!x\", \"\") AS ?rx)", "\"\"\"", "^^<", "@", "#", "\n", "1e999999", "REGEX(?x, \"(a+)+$\")",
        "<urn:x:" + "a".repeat(2000) + ">", "LOAD <http://example.org/>", "INSERT DATA {}"};

    @Test
    void malformedAndMutatedRequestsNeverCauseAServerError() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (SavedQuery q : new SavedQueryCatalogue(TestProject.REPO.resolve("queries")).list()) {
            seeds.add(q.text());
        }
        try (Listener listener = new Listener();
                ServedCopy served = ServedCopy.start(2_000, g -> g.withMaxRows(1_000).withMaxRequestBytes(16 * 1024))) {
            LISTENER.set(listener.url("fuzz"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                            Random rnd = new Random(SEED + i);
                            String what = "?";
                            try {
                                int status;
                                if (i % 50 == 0) {
                                    what = "raw #" + i;
                                    status = raw(served.server.port(), rnd);
                                } else {
                                    HttpRequest r;
                                    try {
                                        r = request(served, seeds, rnd, i);
                                    } catch (IllegalArgumentException clientRefuses) {
                                        // A header or URL the Java client itself will not send; the raw requests cover those.
                                        statuses.computeIfAbsent(-2, k -> new AtomicInteger()).incrementAndGet();
                                        continue;
                                    }
                                    what = r.method() + " " + r.uri() + " " + r.headers().map();
                                    status = client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                                }
                                statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                                if (status >= 500 && status != 503) {
                                    failures.add(status + " for " + abbreviate(what));
                                }
                            } catch (java.io.IOException e) {
                                // The server may close a connection on a request it refuses; not a server error.
                                statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } finally {
                pool.shutdownNow();
            }
            failures.stream().map(f -> f.replaceAll("\\?[^ ]*", "?...").replaceAll("Accept=\\[[^]]*\\], ?", "")).distinct().limit(40).forEach(f -> System.out.println("FAILKEY " + f));
            System.out.println("fuzz statuses (-1: connection closed, -2: not sendable by the client): " + new TreeMap<>(statuses));
            assertTrue(failures.isEmpty(), failures.size() + " server errors, e.g. " + failures.peek());
            assertEquals(0, listener.requests(), "a fuzzed query made the server fetch a SERVICE URL");
            assertEquals(served.built.totalTriples(), Http.count(served.sparql()), "still answering correctly");
        }
    }

    private static HttpRequest request(ServedCopy served, List<String> seeds, Random rnd, int i) {
        String query = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
        String path = rnd.nextInt(4) == 0 ? PATHS[rnd.nextInt(PATHS.length)] : "vdkg/sparql";
        StringBuilder qs = new StringBuilder();
        int kind = rnd.nextInt(6);
        if (kind <= 1) {
            qs.append("query=").append(Http.encode(query));
        }
        for (int p = rnd.nextInt(3); p > 0; p--) {
            qs.append(qs.length() == 0 ? "" : "&").append(PARAMS[rnd.nextInt(PARAMS.length)]);
        }
        URI uri = URI.create(served.base() + path + (qs.length() == 0 ? "" : "?" + qs));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        String accept = ACCEPT[rnd.nextInt(ACCEPT.length)];
        if (!accept.isEmpty() && accept.chars().allMatch(c -> c < 128)) {
            b.header("Accept", accept);
        }
        if (rnd.nextInt(8) == 0) {
            b.header("If-None-Match", rnd.nextBoolean() ? "*" : "\"" + rnd.nextLong() + "\"");
        }
        if (rnd.nextInt(10) == 0) {
            b.header("Authorization", rnd.nextBoolean() ? "Basic %%%" : "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(("u" + rnd.nextInt()).getBytes(StandardCharsets.UTF_8)));
        }
        if (rnd.nextInt(10) == 0) {
            b.header("If-Modified-Since", rnd.nextBoolean() ? "yesterday" : "Thu, 01 Jan 2099 00:00:00 GMT");
        }
        switch (kind) {
            case 0, 1 -> b.GET();
            case 2 -> b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString((rnd.nextBoolean() ? "query=" : "update=") + Http.encode(query)));
            case 3 -> b.header("Content-Type", CONTENT_TYPE[rnd.nextInt(CONTENT_TYPE.length)])
                    .POST(HttpRequest.BodyPublishers.ofString(query));
            case 4 -> {
                byte[] junk = new byte[rnd.nextInt(rnd.nextInt(10) == 0 ? 40_000 : 300)];
                rnd.nextBytes(junk);
                b.header("Content-Type", CONTENT_TYPE[rnd.nextInt(CONTENT_TYPE.length)])
                        .POST(HttpRequest.BodyPublishers.ofByteArray(junk));
            }
            default -> b.method(METHODS[rnd.nextInt(METHODS.length)], rnd.nextBoolean()
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(query));
        }
        return b.build();
    }

    /** A few random edits: deletions, insertions of hostile snippets, duplications and truncation. */
    /** The URL of the listener that plays an internal host, put into the SERVICE snippets. */
    private static final java.util.concurrent.atomic.AtomicReference<String> LISTENER = new java.util.concurrent.atomic.AtomicReference<>("http://127.0.0.1:1/");

    static String mutate(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text);
        for (int edits = 1 + rnd.nextInt(4); edits > 0 && sb.length() > 0; edits--) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(5)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(20)));
                case 1 -> sb.insert(at, SNIPPETS[rnd.nextInt(SNIPPETS.length)].replace("LISTENER", LISTENER.get()));
                case 2 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + rnd.nextInt(40))));
                case 3 -> sb.setLength(at);
                default -> sb.setCharAt(at, (char) rnd.nextInt(0x3000));
            }
        }
        return rnd.nextInt(10) == 0 ? text : sb.toString();
    }

    /** Sends raw, partly broken HTTP and returns the status of the answer, or -1 when the server just closes. */
    private static int raw(int port, Random rnd) throws java.io.IOException {
        String[] requests = {
            "GARBAGE\r\n\r\n",
            "GET /vdkg/sparql?query=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /vdkg/sparql?query=ASK%7B%7D&% HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /vdkg/sparql?query=%00%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /vdkg/sparql?query=\u00c3( HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /vdkg/sparql HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000) + "\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "FFFFFF\r\n" + "x".repeat(5_000) + "\r\n0\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 10\r\n\r\nASK",
            "GET /vdkg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: \u0000\u0001\r\n\r\n",
            "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /vdkg/sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4000\r\n" + "query=" + "x".repeat(0x4000 - 6) + "\r\n" + ("4000\r\n" + "x".repeat(0x4000) + "\r\n").repeat(12) + "0\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
                + ("4000\r\n" + "#".repeat(0x4000) + "\r\n").repeat(3) + "0\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a\r\nquery=ASK\r\n3\r\n%7B\r\n3\r\n%7D\r\n0\r\n\r\n",
            "POST /vdkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nquery\r\nZZ\r\n",
        };
        String req = requests[rnd.nextInt(requests.length)];
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                head.write(b);
            }
            String line = head.toString(StandardCharsets.ISO_8859_1);
            return line.startsWith("HTTP/") && line.length() >= 12 ? Integer.parseInt(line.substring(9, 12)) : -1;
        } catch (java.net.SocketTimeoutException e) {
            return -1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
