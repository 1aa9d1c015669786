package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vdkg.store.BuildStamp;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers a SPARQL query (GET or POST) from the {@link AnswerCache} when the same query, in the same result format,
 * was answered before by this build; otherwise runs it, streams the answer to the client as usual and keeps a copy
 * of the headers the endpoint set and of the body. Only a whole 200 answer is kept: not an error, a timeout, an
 * answer cut by the size limit or one the client stopped reading. A hit takes no query slot, and the filters in
 * front (validators, security headers) add their headers to it as to any answer.
 */
final class AnswerCacheFilter implements Filter {

    private static final String REQUEST_ID = "Fuseki-Request-ID";

    private final AnswerCache cache;
    private final String build;
    /**
     * A request as sent (method, path, Accept, parameters) to the key of its answer: a repeat of the very same request
     * finds its answer without parsing the query again, which costs more than the rest of a hit. Bounded by bytes.
     */
    private final Cache<String, String> asSent;

    AnswerCacheFilter(AnswerCache cache, BuildStamp build) {
        this.cache = cache;
        this.build = build.id();
        this.asSent = Caffeine.newBuilder().maximumWeight(Math.max(1, cache.maxBytes() / 8))
                .weigher((String sent, String key) -> 2 * (sent.length() + key.length()) + 64)
                .executor(Runnable::run).build();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String sent = asSent(request);
        String key = sent == null ? null : asSent.getIfPresent(sent);
        if (key != null) {
            cache.countAsSent();
        } else {
            QueryRequest query = QueryRequest.of(request);
            if (query == null) {
                chain.doFilter(req, res);
                return;
            }
            key = build + "\n" + query.answerKey();
            if (sent != null) {
                asSent.put(sent, key);
            }
        }
        AnswerCache.Answer kept = cache.get(key);
        if (kept != null) {
            kept.send(response);
            return;
        }
        Recording recording = new Recording(response, cache.maxAnswerBytes());
        chain.doFilter(req, recording);
        recording.flushWriter();
        if (recording.getStatus() != HttpServletResponse.SC_OK || recording.failed
                || !Boolean.TRUE.equals(request.getAttribute(GuardedQuery.COMPLETE))) {
            return;
        }
        if (recording.tooLarge) {
            cache.countTooLarge();
        } else {
            cache.put(key, new AnswerCache.Answer(List.copyOf(recording.headers), recording.copy.toByteArray()));
        }
    }

    /**
     * What the answer to {@code request} depends on, as sent: method, path, {@code Accept} and every parameter (the
     * query's text included); null for a query sent as a POST body, whose text only {@link QueryRequest} reads.
     */
    private static String asSent(HttpServletRequest request) {
        String method = request.getMethod();
        String type = request.getContentType();
        if (!"GET".equals(method) && !("POST".equals(method) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            return null;
        }
        StringBuilder b = new StringBuilder(method).append('\n').append(request.getRequestURI()).append('\n')
                .append(request.getHeader("Accept")).append('\n');
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            b.append(name.length()).append(':').append(name);
            for (String v : values) {
                b.append('\u0000').append(v.length()).append(':').append(v);
            }
            b.append('\n');
        });
        return b.toString();
    }

    /** Passes everything on and records the header calls and a copy of the body, up to a size. */
    private static final class Recording extends WatchedResponse {
        final List<Consumer<HttpServletResponse>> headers = new ArrayList<>();
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final long max;
        boolean tooLarge;
        boolean failed;

        Recording(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        private void record(String name, Consumer<HttpServletResponse> call) {
            // Only what is set before the body starts reaches the client, so only that is replayed; Fuseki's request
            // id names the request that ran the query, which a hit is not.
            if (!isCommitted() && !REQUEST_ID.equalsIgnoreCase(name)) {
                headers.add(call);
            }
        }

        private void keep(byte[] b, int off, int len) {
            if (tooLarge) {
                return;
            }
            if (copy.size() + (long) len > max) {
                tooLarge = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        @Override
        public void setHeader(String name, String value) {
            record(name, r -> r.setHeader(name, value));
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            record(name, r -> r.addHeader(name, value));
            super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            record(name, r -> r.setDateHeader(name, date));
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            record(name, r -> r.addDateHeader(name, date));
            super.addDateHeader(name, date);
        }

        @Override
        public void setIntHeader(String name, int value) {
            record(name, r -> r.setIntHeader(name, value));
            super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            record(name, r -> r.addIntHeader(name, value));
            super.addIntHeader(name, value);
        }

        @Override
        public void setContentType(String type) {
            record("Content-Type", r -> r.setContentType(type));
            super.setContentType(type);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            record("Content-Type", r -> r.setCharacterEncoding(charset));
            super.setCharacterEncoding(charset);
        }

        @Override
        protected void written(byte[] b, int off, int len) {
            keep(b, off, len);
        }

        @Override
        protected void failed() {
            failed = true;
        }
    }
}
