package org.vdkg.serve.guard;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Slows down password guessing on the write endpoints: every answer 401 to a request that carried credentials, and
 * every malformed {@code Authorization} header, counts as a failed login of the client's address in
 * {@link FailedLogins}; an address over the limit gets 429 with {@code Retry-After} on the write endpoints until its
 * lockout ends, whatever it sends. Other addresses, and reads everywhere, are not affected. A success does not clear
 * the count (a guesser would otherwise mix in a login of its own); failures simply age out of the window.
 */
final class LoginThrottle extends Handler.Wrapper {

    private final WritePaths writes;
    private final FailedLogins failures;

    LoginThrottle(Handler handler, WritePaths writes, FailedLogins failures) {
        super(handler);
        this.writes = writes;
        this.failures = failures;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!writes.matches(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        String address = Request.getRemoteAddr(request);
        long wait = failures.secondsLocked(address);
        if (wait > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
            Response.writeError(request, response, callback, 429,
                    "too many failed logins from your address; try again in " + wait + " s");
            return true;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null) {
            boolean malformed = !RequestSanityCheck.wellFormed(authorization);
            // Counted as the answer starts, before the client can see it and try again.
            response = new Response.Wrapper(request, response) {
                private boolean counted;

                @Override
                public void write(boolean last, ByteBuffer content, Callback written) {
                    if (!counted) {
                        counted = true;
                        int status = getStatus();
                        if (status == 401 || (malformed && status == 400)) {
                            failures.failed(address);
                        }
                    }
                    super.write(last, content, written);
                }
            };
        }
        return super.handle(request, response, callback);
    }
}
