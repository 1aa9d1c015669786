package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the bytes of a SPARQL answer (a request with a {@code query} parameter or an
 * {@code application/sparql-query} body): the row cap bounds rows, not their width, and a short query can ask for
 * rows of long strings. The bytes are counted as the answer streams; past the limit writing fails, which stops
 * the query, and the response is aborted (the connection closed before the end of the answer) so that no client
 * takes a cut answer for a whole one. An answer that has not started yet (the limit set below Jetty's output
 * buffer) is replaced by a 400 with the reason.
 */
final class AnswerSizeFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerSizeFilter.class);

    private final long maxBytes;

    AnswerSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (maxBytes <= 0 || !isQuery(request)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Counting counting = new Counting(response, maxBytes);
        chain.doFilter(req, counting);
        if (counting.over) {
            String message = "the answer is over " + maxBytes + " bytes, the limit of this server; ask for fewer rows "
                    + "(LIMIT) or shorter values";
            if (!response.isCommitted()) {
                Refusal.send(response, 400, message);
                return;
            }
            LOG.info("answer cut at {} bytes for {}", maxBytes, request.getRequestURI());
            // Thrown after the answer started: Jetty aborts the response instead of ending it as if complete.
            throw new IOException(message);
        }
    }

    private static boolean isQuery(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getParameter("query") != null
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query"));
    }

    /** Counts the body's bytes and refuses those over the limit. */
    private static final class Counting extends WatchedResponse {
        private final long max;
        private long written;
        boolean over;

        Counting(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        @Override
        protected void beforeWrite(long n) throws IOException {
            written += n;
            if (written > max) {
                over = true;
                throw new IOException("answer over " + max + " bytes");
            }
        }

        @Override
        protected boolean mayFlush() {
            return !over;
        }
    }
}
