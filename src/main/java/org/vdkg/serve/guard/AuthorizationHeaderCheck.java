package org.vdkg.serve.guard;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 400 to a request whose {@code Authorization: Basic} credentials are not valid Base64 of
 * {@code user:password}. Jetty's basic authenticator throws on such a header, which the client would see
 * as a 500; this check runs in front of it, before any servlet or filter.
 */
final class AuthorizationHeaderCheck extends Handler.Wrapper {

    AuthorizationHeaderCheck(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
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
