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
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks a public request before Fuseki sees it, so that what a client got wrong is answered 4xx and not
 * as a server error: a query string over the limit (414), an unknown charset (415), a body over the limit
 * (413, by its declared length or while reading a chunked one), a truncated body or malformed
 * percent-encoding (400). A body of another type than a form is read here, bounded, and handed on from
 * memory. The password-protected write endpoints are not limited: their uploads may be large.
 */
final class RequestSizeFilter implements Filter {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final long maxBytes;
    private final Set<String> exemptPaths;

    /** @param exemptPaths request URIs (e.g. {@code /vdkg/update}) not limited */
    RequestSizeFilter(long maxBytes, Set<String> exemptPaths) {
        this.maxBytes = maxBytes;
        this.exemptPaths = exemptPaths;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (exemptPaths.contains(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            // Fuseki raises Jetty's header limit far above the default, so a GET could otherwise carry a huge query.
            Refusal.send(response, 414, "request URL over the limit of " + maxBytes + " bytes; POST the query");
            return;
        }
        String charset = request.getCharacterEncoding();
        if (charset != null && !supported(charset)) {
            Refusal.send(response, 415, "unknown charset '" + charset + "'; send UTF-8");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // Jetty then closes the connection instead of reading the unread body.
            Refusal.send(response, 413, "request body of " + declared + " bytes is over the limit of " + maxBytes + " bytes");
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
        HttpServletRequest next = request;
        if (hasBody && !form) {
            byte[] body;
            try {
                body = readAtMost(request.getInputStream(), maxBytes);
            } catch (IOException e) {
                Refusal.send(response, 400, "the request body ended early or could not be read");
                return;
            }
            if (body == null) {
                Refusal.send(response, 413, "request body over the limit of " + maxBytes + " bytes");
                return;
            }
            next = new Buffered(request, body);
        }
        try {
            // Decodes the query string (and a form body) now, where a malformed one can still be refused.
            next.getParameterMap();
        } catch (RuntimeException e) {
            Refusal.send(response, 400, "malformed request parameters (percent-encoding, UTF-8 or form body)");
            return;
        }
        chain.doFilter(next, res);
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The whole stream, or null when it holds more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A request whose body has already been read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
