package org.vdkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The size of a vdkg server's answer cache, from its status endpoint ({@code /$/cache}); NaN where there is none. */
final class CacheStatus {

    static final String PATH = "$/cache";

    private CacheStatus() {
    }

    /** {@code answers.bytes} of {@code root + $/cache}, or NaN when the server has no such endpoint or no cache. */
    static double bytes(String root) {
        JsonObject a = section(HttpClient.newHttpClient(), root, "answers");
        return a != null && a.hasKey("bytes") && a.get("bytes").isNumber() ? a.get("bytes").getAsNumber().value().doubleValue()
                : Double.NaN;
    }

    /**
     * Waits until the server at {@code root} reports its warm-up on start done ({@code warming.done} of
     * {@code $/cache}), at most {@code bound}; the seconds waited, or NaN when the server does not warm (stock Fuseki,
     * {@code --allow-update}, {@code --no-warm}) or did not finish within the bound.
     */
    static double awaitWarming(String root, java.time.Duration bound) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + bound.toNanos();
        HttpClient client = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            JsonObject warming = section(client, root, "warming");
            if (warming == null || !warming.hasKey("enabled") || !warming.get("enabled").getAsBoolean().value()) {
                return Double.NaN;
            }
            if (warming.hasKey("done") && warming.get("done").getAsBoolean().value()) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(250);
        }
        return Double.NaN;
    }

    private static JsonObject section(HttpClient client, String root, String name) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(root + PATH))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return null;
            }
            JsonValue v = JSON.parse(r.body()).get(name);
            return v != null && v.isObject() ? v.getAsObject() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
