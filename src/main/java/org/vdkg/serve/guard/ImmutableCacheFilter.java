package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vdkg.store.BuildStamp;

/**
 * HTTP validators for the answers of a read-only server. The database cannot change while it is served, so every
 * GET answer is a function of the URL, the {@code Accept} header and the build: the ETag is derived from all three
 * (two queries, or one query asked for CSV and for JSON, never share one), {@code Last-Modified} is the build
 * time, and shared caches may keep answers for {@code max-age} seconds. A conditional request whose condition
 * holds ({@code If-None-Match} with its ETag or {@code *}, or {@code If-Modified-Since} the build) is answered 304
 * only where the answer would have been 200: the request runs, its body is not sent, and an error (a malformed
 * query, a missing graph) is answered as it would be without the condition.
 */
final class ImmutableCacheFilter implements Filter {

    private final BuildStamp build;
    private final String cacheControl;
    private final long builtAtSeconds;

    ImmutableCacheFilter(BuildStamp build, long maxAgeSeconds) {
        this.build = build;
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
        this.builtAtSeconds = build.builtAt().getEpochSecond();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(req, res);
            return;
        }
        String etag = etag(request.getRequestURI(), request.getQueryString(), request.getHeader("Accept"));
        if (notModified(request, etag)) {
            Discarding probe = new Discarding(response);
            chain.doFilter(req, probe);
            if (probe.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader("Content-Length", null);
                setValidators(response, etag);
            }
            return;
        }
        Validating wrapped = new Validating(response, etag);
        chain.doFilter(req, wrapped);
        wrapped.addIfOk();
    }

    private boolean notModified(HttpServletRequest request, String etag) {
        String inm = request.getHeader("If-None-Match");
        if (inm != null) {
            // RFC 9110: If-None-Match wins over If-Modified-Since; compare weakly.
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.replaceFirst("^W/", "").equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long ims = request.getDateHeader("If-Modified-Since");
            return ims >= 0 && ims / 1000 >= builtAtSeconds;
        } catch (IllegalArgumentException badDate) {
            return false;
        }
    }

    /** The ETag of the answer to a GET of {@code path?query} with {@code accept}: names the build, hashes the rest. */
    String etag(String path, String query, String accept) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = build.id() + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + (accept == null ? "" : accept);
            byte[] h = md.digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + build.id() + "-" + HexFormat.of().formatHex(h, 0, 9) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the validators and the one caching policy: Fuseki's own {@code Cache-Control}/{@code Pragma: no-cache}
     * would contradict it, and the {@code Vary} values already set (Fuseki's, a page's, gzip's) are merged into one
     * header.
     */
    private void setValidators(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", builtAtSeconds * 1000);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Pragma", null);
        java.util.Set<String> vary = new java.util.LinkedHashSet<>();
        for (String v : response.getHeaders("Vary")) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    vary.add(part.strip());
                }
            }
        }
        // Every answer depends on Accept, and (the server compresses, VdkgServer) on Accept-Encoding, also a plain one.
        for (String v : new String[] {"Accept", "Accept-Encoding"}) {
            if (vary.stream().noneMatch(v::equalsIgnoreCase)) {
                vary.add(v);
            }
        }
        response.setHeader("Vary", String.join(", ", vary));
    }

    /** Adds the validators when the answer turns out to be a 200, just before its body starts. */
    private final class Validating extends HttpServletResponseWrapper {
        private final String etag;
        private boolean done;

        Validating(HttpServletResponse response, String etag) {
            super(response);
            this.etag = etag;
        }

        void addIfOk() {
            if (!done && !isCommitted() && getStatus() == HttpServletResponse.SC_OK) {
                done = true;
                setValidators((HttpServletResponse) getResponse(), etag);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            addIfOk();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            addIfOk();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            addIfOk();
            super.flushBuffer();
        }
    }

    /** Lets status and headers through but drops the body of a 200, which a 304 replaces. */
    private static final class Discarding extends HttpServletResponseWrapper {
        Discarding(HttpServletResponse response) {
            super(response);
        }

        private boolean ok() {
            return getStatus() == HttpServletResponse.SC_OK;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!ok()) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                }

                @Override
                public void write(byte[] b, int off, int len) {
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(jakarta.servlet.WriteListener listener) {
                    throw new IllegalStateException("blocking writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return ok() ? new PrintWriter(java.io.Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!ok()) {
                super.flushBuffer();
            }
        }
    }
}
