package org.vdkg.serve.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a read-only server, once it listens, every saved query and the pages it is given (those that read the whole
 * dataset and that every visitor's first page needs), one request at a time over loopback HTTP, so that the first visitor finds them answered: the answers land in the
 * {@link AnswerCache} and the pages' {@link org.vdkg.web.Precomputed} values are computed. The database never changes
 * while it is served, so this is work each build needs once, done before anyone waits for it. The requests go
 * through the same filters as a client's (lanes, limits, timeout), so warming holds at most one query slot.
 */
final class AnswerWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerWarmer.class);
    /** The format the query UI and most clients ask for; a CONSTRUCT query's answer in Turtle. */
    private static final String TABLE = "application/sparql-results+json";
    private static final String GRAPH = "text/turtle";

    private final List<String> queries;
    private final List<String> pages;
    private final long timeoutMillis;
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicLong startNanos = new AtomicLong();
    private final AtomicLong tookMillis = new AtomicLong(-1);
    private volatile Thread thread;

    /**
     * @param queries the saved queries' texts, asked at the query endpoint
     * @param pages paths (from the server's root, without the leading slash) of pages to ask once
     * @param timeoutMillis how long one request may take before the warmer moves on
     */
    AnswerWarmer(List<String> queries, List<String> pages, long timeoutMillis) {
        this.queries = List.copyOf(queries);
        this.pages = List.copyOf(pages);
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts asking {@code root} (e.g. {@code http://127.0.0.1:3030/}) in a daemon thread; {@code sparqlPath} from the root. */
    synchronized void start(String root, String sparqlPath) {
        if (thread != null) {
            return;
        }
        startNanos.set(System.nanoTime());
        thread = new Thread(() -> run(root, sparqlPath), "vdkg-warm-answers");
        thread.setDaemon(true);
        // The server's own threads run the queries; this one only waits for them, so it needs no share of a core.
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Stops asking (the server is stopping); a request under way is abandoned. */
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(String root, String sparqlPath) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            for (String q : queries) {
                Query parsed = QueryFactory.create(q, Syntax.syntaxARQ);
                String accept = parsed.isSelectType() || parsed.isAskType() ? TABLE : GRAPH;
                HttpRequest r = HttpRequest.newBuilder(URI.create(root + sparqlPath))
                        .timeout(Duration.ofMillis(timeoutMillis)).header("Accept", accept)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .build();
                ask(client, r);
            }
            for (String page : pages) {
                ask(client, HttpRequest.newBuilder(URI.create(root + page)).timeout(Duration.ofMillis(timeoutMillis))
                        .header("Accept", "text/html, application/json;q=0.9").GET().build());
            }
            tookMillis.set(Duration.ofNanos(System.nanoTime() - startNanos.get()).toMillis());
            LOG.info("warmed {} of {} saved answers and pages in {} ms", answered.get(), asked.get(), tookMillis.get());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("warming the saved answers stopped: {}", e.toString());
        }
    }

    private void ask(HttpClient client, HttpRequest r) throws InterruptedException {
        asked.incrementAndGet();
        try {
            HttpResponse<InputStream> answer = client.send(r, HttpResponse.BodyHandlers.ofInputStream());
            // Read to the end: only a whole answer is kept.
            try (InputStream body = answer.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (answer.statusCode() == 200) {
                answered.incrementAndGet();
            } else {
                LOG.debug("warming {}: {}", r.uri().getPath(), answer.statusCode());
            }
        } catch (IOException e) {
            LOG.debug("warming {}: {}", r.uri().getPath(), e.toString());
        }
    }

    /** Asked and answered so far, whether done, and how long it took, as a JSON object. */
    String statusJson() {
        long took = tookMillis.get();
        return "{\"enabled\": true, \"toAsk\": " + (queries.size() + pages.size()) + ", \"asked\": " + asked.get()
                + ", \"answered\": " + answered.get() + ", \"done\": " + (took >= 0) + ", \"millis\": "
                + (took >= 0 ? took : -1) + "}";
    }
}
