package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses query strings larger than the limit with 414 and request bodies larger than it with 413: by their declared length before anything is
 * read, and, for bodies of unknown length (chunked), by failing the read once the limit is passed.
 * A SPARQL query never needs more; an unbounded body would only let a client fill the heap.
 */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            // Fuseki raises Jetty's header limit far above the default, so a GET could otherwise carry a huge query.
            Refusal.send((HttpServletResponse) res, 414, "request URL over the limit of " + maxBytes + " bytes; POST the query");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // Jetty then closes the connection instead of reading the unread body.
            Refusal.send((HttpServletResponse) res, 413, "request body of " + declared + " bytes is over the limit of "
                    + maxBytes + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            chain.doFilter(new Limited(request, maxBytes), res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream in;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new LimitedStream(super.getInputStream(), max);
            }
            return in;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        LimitedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw new IOException("request body over the limit of " + max + " bytes");
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
