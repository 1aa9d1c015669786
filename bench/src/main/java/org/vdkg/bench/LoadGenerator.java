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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop HTTP load: C clients each POST the query mix (shuffled) one query after the other for a
 * fixed time, after one unmeasured warm-up pass. Throughput counts answered (200) queries; latencies
 * include timeouts (503) and errors, which are also counted apart.
 */
final class LoadGenerator {

    /** @param answered 200s; @param timeouts 503s; @param errors other statuses and I/O failures */
    record Result(long answered, long timeouts, long errors, double seconds, double p50Ms, double p99Ms) {
        double perSecond() {
            return seconds <= 0 ? 0 : answered / seconds;
        }
    }

    private static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";

    private LoadGenerator() {
    }

    static Result run(String sparql, List<String> queries, int clients, double seconds, long seed) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String q : queries) {
            send(http, sparql, q);
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long mySeed = seed + c;
            futures.add(pool.submit(() -> {
                List<String> mix = new ArrayList<>(queries);
                Random rnd = new Random(mySeed);
                long[] out = new long[3];
                List<Long> lat = new ArrayList<>();
                int i = mix.size();
                while (System.nanoTime() < deadline) {
                    if (i == mix.size()) {
                        Collections.shuffle(mix, rnd);
                        i = 0;
                    }
                    long s = System.nanoTime();
                    int status = send(http, sparql, mix.get(i++));
                    lat.add(System.nanoTime() - s);
                    out[status == 200 ? 0 : status == 503 ? 1 : 2]++;
                }
                long[] packed = new long[3 + lat.size()];
                System.arraycopy(out, 0, packed, 0, 3);
                for (int k = 0; k < lat.size(); k++) {
                    packed[3 + k] = lat.get(k);
                }
                return packed;
            }));
        }
        long answered = 0;
        long timeouts = 0;
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            answered += r[0];
            timeouts += r[1];
            errors += r[2];
            for (int k = 3; k < r.length; k++) {
                all.add(r[k]);
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdownNow();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(answered, timeouts, errors, elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static int send(HttpClient http, String sparql, String query) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(sparql)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
