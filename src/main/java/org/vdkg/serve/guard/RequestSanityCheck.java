package org.vdkg.serve.guard;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, in front of every path, requests that Jetty or a servlet would otherwise answer with a 5xx:
 * an HTTP method the server does not know (405 rather than 501) and {@code Authorization: Basic}
 * credentials that are not Base64 of {@code user:password} (400; Jetty's authenticator throws on them).
 */
final class RequestSanityCheck extends Handler.Wrapper {

    /** TRACE is left out on purpose: it echoes requests (cookies, credentials) back to scripts. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    RequestSanityCheck(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!METHODS.contains(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", METHODS.stream().sorted().toList()));
            Response.writeError(request, response, callback, 405, "method not allowed");
            return true;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null && !wellFormed(authorization)) {
            Response.writeError(request, response, callback, 400, "malformed Authorization header");
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean wellFormed(String authorization) {
        String[] parts = authorization.strip().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("basic")) {
            // Other schemes are not ours to judge; the authenticator ignores them.
            return true;
        }
        if (parts.length < 2) {
            return false;
        }
        try {
            return new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
