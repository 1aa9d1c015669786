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
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + PATH))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Double.NaN;
            }
            JsonValue answers = JSON.parse(r.body()).get("answers");
            if (answers == null || !answers.isObject()) {
                return Double.NaN;
            }
            JsonObject a = answers.getAsObject();
            return a.hasKey("bytes") && a.get("bytes").isNumber() ? a.get("bytes").getAsNumber().value().doubleValue() : Double.NaN;
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
