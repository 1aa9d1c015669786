package org.vdkg.serve.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Complete SPARQL answers of a read-only server, kept in memory up to a total of bytes with least-recently-used
 * eviction (Caffeine's, weighed by the bytes an answer holds). An answer over {@link #maxAnswerBytes()} is not kept,
 * so that one large answer never pushes out many small ones. The database never changes while it is served, so an
 * answer stays right until the server stops; its key names the build anyway.
 */
final class AnswerCache {

    /** An answer over this share of the whole cache is not kept. */
    private static final int LARGEST_SHARE = 16;
    /** What an entry costs besides its body and key: the map's entry, the header list and the record. */
    private static final int ENTRY_OVERHEAD = 256;

    /**
     * A whole answer: the headers the query endpoint set, in order, and the body.
     *
     * @param headers replays each header call the endpoint made (content type, Vary, the row cap)
     */
    record Answer(List<Consumer<HttpServletResponse>> headers, byte[] body) {
        void send(HttpServletResponse response) throws IOException {
            for (Consumer<HttpServletResponse> h : headers) {
                h.accept(response);
            }
            response.getOutputStream().write(body);
        }
    }

    private final long maxBytes;
    private final Cache<String, Answer> answers;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong asSent = new AtomicLong();

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> weight(key, a))
                // Eviction in the thread that adds, not later in a pool: the bound holds as soon as put returns.
                .executor(Runnable::run)
                .build();
    }

    /** The answer kept under {@code key}, counted as a hit or a miss; null when there is none. */
    Answer get(String key) {
        Answer a = answers.getIfPresent(key);
        (a == null ? misses : hits).incrementAndGet();
        return a;
    }

    /** Keeps {@code a} unless it is over the largest size kept. */
    void put(String key, Answer a) {
        if (weight(key, a) > maxAnswerBytes()) {
            countTooLarge();
            return;
        }
        answers.put(key, a);
    }

    /** Counts a lookup of a request seen before as sent, which needed no parsing of its query. */
    void countAsSent() {
        asSent.incrementAndGet();
    }

    /** The bound on the bytes kept. */
    long maxBytes() {
        return maxBytes;
    }

    /** Counts a whole answer not kept for its size. */
    void countTooLarge() {
        tooLarge.incrementAndGet();
    }

    /** The largest answer kept, in bytes (its key and headers included). */
    long maxAnswerBytes() {
        return maxBytes / LARGEST_SHARE;
    }

    private static int weight(String key, Answer a) {
        return (int) Math.min(Integer.MAX_VALUE, 2L * key.length() + a.body().length + ENTRY_OVERHEAD
                + 64L * a.headers().size());
    }

    /** Hits, misses, entries and bytes as a JSON object. */
    String statusJson() {
        answers.cleanUp();
        long bytes = answers.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return "{\"enabled\": true, \"hits\": " + hits.get() + ", \"misses\": " + misses.get() + ", \"entries\": "
                + answers.estimatedSize() + ", \"bytes\": " + bytes + ", \"maxBytes\": " + maxBytes
                + ", \"maxAnswerBytes\": " + maxAnswerBytes() + ", \"tooLarge\": " + tooLarge.get() + ", \"asSent\": "
                + asSent.get() + "}";
    }
}
