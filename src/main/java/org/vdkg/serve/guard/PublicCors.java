package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * CORS for reading: every answer outside the write endpoints says {@code Access-Control-Allow-Origin: *} and never
 * allows credentials, so any page may read what anyone may read, and nothing that needs a login. Preflights are
 * answered for GET, HEAD and POST with the headers a SPARQL client sends. The write endpoints get no CORS header
 * at all (their preflights never get here: {@link WriteGate} refuses them).
 */
final class PublicCors implements Filter {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, Cache-Control, If-None-Match, "
            + "If-Modified-Since, X-Requested-With";
    static final String EXPOSED_HEADERS = "Content-Location, ETag, Link, Retry-After, " + GuardedQuery.HEADER;

    private final WritePaths writes;

    PublicCors(WritePaths writes) {
        this.writes = writes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (writes.matches(request.getServletPath() + Objects.toString(request.getPathInfo(), ""))) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "3600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
