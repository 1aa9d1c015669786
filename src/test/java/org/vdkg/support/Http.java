package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for tests that talk to a running server. */
public final class Http {

    public static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern JSON_COUNT = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");

    private Http() {
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body as the bytes that came over the wire (a compressed body stays compressed). */
    public static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        HttpRequest r = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return CLIENT.send(r, body);
            } catch (IOException e) {
                // Jetty closes a connection after refusing a request whose body it did not read;
                // the client may already have picked that connection for the next request.
                return CLIENT.send(r, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    public static HttpResponse<String> postForm(String url, String name, String value, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + encode(value))));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** COUNT(*) of the union graph asked with GET, JSON results; fails unless 200. */
    public static long count(String sparqlUrl) {
        HttpResponse<String> r = get(sparqlUrl + "?query=" + encode(COUNT), "application/sparql-results+json");
        if (r.statusCode() != 200) {
            throw new AssertionError("COUNT answered " + r.statusCode() + ": " + r.body());
        }
        return jsonCount(r.body());
    }

    /** The first numeric binding value of a SPARQL JSON result. */
    public static long jsonCount(String body) {
        Matcher m = JSON_COUNT.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no count in " + body);
        }
        return Long.parseLong(m.group(1));
    }
}
