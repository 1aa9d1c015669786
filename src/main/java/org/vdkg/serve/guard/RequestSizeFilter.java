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
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Checks a public request before Fuseki sees it, so that what a client got wrong is answered 4xx and not
 * as a server error: a query string over the limit (414), an unknown charset (415), a body over the limit
 * (413, by its declared length or, for a chunked or compressed one, counted while it is read), a truncated body
 * or malformed percent-encoding (400). Every body, a form's included, is read here, bounded, and handed on from
 * memory; a form's parameters are decoded here too, so that no later reader (Jetty's own form parser allows
 * 25 MB) ever reads the body unbounded. The password-protected write endpoints are not limited: their uploads
 * may be large.
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
        if (hasBody) {
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
            next = form ? new BufferedForm(request, body) : new Buffered(request, body);
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

    /** A form request whose body has been read into memory: its parameters are the query string's, then the body's. */
    private static final class BufferedForm extends Buffered {
        private Map<String, String[]> params;

        BufferedForm(HttpServletRequest request, byte[] body) {
            super(request, body);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (params == null) {
                Charset cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
                MultiMap<String> m = new MultiMap<>();
                String query = getQueryString();
                if (query != null) {
                    UrlEncoded.decodeTo(query, m, StandardCharsets.UTF_8);
                }
                UrlEncoded.decodeTo(new String(body, cs), m, cs);
                Map<String, String[]> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
                params = Collections.unmodifiableMap(out);
            }
            return params;
        }

        @Override
        public String getParameter(String name) {
            String[] v = getParameterMap().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = getParameterMap().get(name);
            return v == null ? null : v.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** A request whose body has already been read into memory. */
    private static class Buffered extends HttpServletRequestWrapper {
        final byte[] body;

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
