package org.vdkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import org.apache.jena.query.Query;

/**
 * Closed-loop HTTP load: C clients each send the query mix (shuffled) one query after the other for a fixed time,
 * after one unmeasured pass and the same load for the same time, unmeasured (the warm-up). When an
 * {@link AnswerCheck} is given, every answer is checked: only right answers (200 with the reference answer) count in
 * throughput and latencies; wrong answers, timeouts (503) and errors are counted apart.
 */
final class LoadGenerator {

    /**
     * @param answered right answers; @param wrong 200s whose answer is not the reference; @param timeouts 503s;
     * @param errors other statuses and I/O failures; @param perQuery per query of the mix, the sorted latencies (ns)
     * of its right answers
     */
    record Result(long answered, long wrong, long timeouts, long errors, double seconds, double p50Ms, double p95Ms,
            double p99Ms, List<long[]> perQuery) {
        double perSecond() {
            return seconds <= 0 ? 0 : answered / seconds;
        }

        static Result failed(int queries) {
            List<long[]> none = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                none.add(new long[0]);
            }
            return new Result(0, 0, 0, 1, 0, Double.NaN, Double.NaN, Double.NaN, none);
        }
    }

    /**
     * One query's first run on a fresh server.
     *
     * @param millis its latency; @param status HTTP status (-1: no answer); @param body the answer;
     * @param mismatch why the answer is wrong, empty if right
     */
    record Cold(double millis, int status, byte[] body, Optional<String> mismatch) {
        boolean right() {
            return status == 200 && mismatch.isEmpty();
        }
    }

    /** What one request got. */
    private record Reply(int status, byte[] body) {
    }

    private LoadGenerator() {
    }

    /** Each query once, one after the other, on a server that has answered nothing but its first query: cold figures. */
    static List<Cold> cold(String sparql, AnswerCheck check) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Cold> out = new ArrayList<>();
        for (int i = 0; i < check.size(); i++) {
            long s = System.nanoTime();
            Reply r = send(http, sparql, check.query(i));
            double ms = (System.nanoTime() - s) / 1e6;
            Optional<String> why = r.status() == 200 ? check.mismatch(i, r.body()) : Optional.of("status " + r.status());
            out.add(new Cold(ms, r.status(), r.body(), why));
        }
        return out;
    }

    static Result run(String sparql, AnswerCheck check, int clients, double seconds, long seed) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return run(check.size(), i -> {
            Reply r = send(http, sparql, check.query(i));
            return r.status() == 200 && check.mismatch(i, r.body()).isPresent() ? WRONG : r.status();
        }, clients, seconds, seed);
    }

    /** The same load of plain GETs of {@code urls} (e.g. /explore.json with a mix of filters), answers not checked. */
    static Result runGets(List<String> urls, int clients, double seconds, long seed) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return run(urls.size(), i -> get(http, urls.get(i)), clients, seconds, seed);
    }

    /** Status stand-in for a 200 with a wrong answer. */
    private static final int WRONG = -200;

    private static Result run(int size, IntUnaryOperator send, int clients, double seconds, long seed) throws Exception {
        for (int i = 0; i < size; i++) {
            send.applyAsInt(i);
        }
        // The same load, unmeasured, for as long again: the figures are a warm server's (its JIT compiled for the
        // mix), for every server alike; a server's first answers are the cold pass's figures.
        closedLoop(size, send, clients, seconds, seed ^ 0x5eed);
        return closedLoop(size, send, clients, seconds, seed);
    }

    private static Result closedLoop(int size, IntUnaryOperator send, int clients, double seconds, long seed)
            throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Tally>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long mySeed = seed + c;
            futures.add(pool.submit(() -> {
                List<Integer> mix = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    mix.add(i);
                }
                Random rnd = new Random(mySeed);
                Tally t = new Tally(size);
                int k = mix.size();
                while (System.nanoTime() < deadline) {
                    if (k == mix.size()) {
                        Collections.shuffle(mix, rnd);
                        k = 0;
                    }
                    int q = mix.get(k++);
                    long s = System.nanoTime();
                    int status = send.applyAsInt(q);
                    t.add(q, status, System.nanoTime() - s);
                }
                return t;
            }));
        }
        Tally all = new Tally(size);
        for (Future<Tally> f : futures) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdownNow();
        long[] sorted = all.latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        List<long[]> perQuery = new ArrayList<>();
        for (List<Long> l : all.latencies) {
            long[] a = l.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            perQuery.add(a);
        }
        return new Result(all.counts[0], all.counts[1], all.counts[2], all.counts[3], elapsed, percentileMs(sorted, 0.50),
                percentileMs(sorted, 0.95), percentileMs(sorted, 0.99), perQuery);
    }

    /** One client's counts (right, wrong, 503, other) and the latencies of its right answers, per query. */
    private static final class Tally {
        final long[] counts = new long[4];
        final List<List<Long>> latencies = new ArrayList<>();

        Tally(int size) {
            for (int i = 0; i < size; i++) {
                latencies.add(new ArrayList<>());
            }
        }

        void add(int query, int status, long nanos) {
            if (status == 200) {
                counts[0]++;
                latencies.get(query).add(nanos);
            } else {
                counts[status == WRONG ? 1 : status == 503 ? 2 : 3]++;
            }
        }

        void addAll(Tally o) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += o.counts[i];
            }
            for (int i = 0; i < latencies.size(); i++) {
                latencies.get(i).addAll(o.latencies.get(i));
            }
        }
    }

    /** The p-th percentile of sorted nanoseconds, in ms; NaN for none. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Reply send(HttpClient http, String sparql, Query query) {
        return reply(http, HttpRequest.newBuilder(URI.create(sparql)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", AnswerCheck.accept(query))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query.toString()))).build());
    }

    private static int get(HttpClient http, String url) {
        return reply(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").GET().build()).status();
    }

    private static Reply reply(HttpClient http, HttpRequest r) {
        try {
            HttpResponse<byte[]> a = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(a.statusCode(), a.body());
        } catch (java.io.IOException e) {
            return new Reply(-1, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, new byte[0]);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
