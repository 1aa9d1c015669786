package org.vdkg.serve.guard;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Applies the {@link WriteRequestRules} to the write endpoints' paths in front of Jetty, before any password is
 * checked, and refuses their CORS preflights (403, no CORS headers): a page of another site can then neither send a
 * write that carries cached credentials nor use the endpoints to try passwords. {@link GuardedUpdate} and
 * {@link GuardedGraphStore} apply the same rules again where Fuseki dispatches to a write, whatever the path.
 */
final class WriteGate extends Handler.Wrapper {

    private final WritePaths writes;
    private final Supplier<Set<String>> ownOrigins;

    WriteGate(Handler handler, WritePaths writes, Supplier<Set<String>> ownOrigins) {
        super(handler);
        this.writes = writes;
        this.ownOrigins = ownOrigins;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!writes.matches(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        HttpFields h = request.getHeaders();
        if ("OPTIONS".equals(request.getMethod())
                && (h.contains(HttpHeader.ORIGIN) || h.contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD))) {
            Response.writeError(request, response, callback, 403,
                    "cross-origin requests to the write endpoints are refused: they answer no CORS preflight");
            return true;
        }
        Optional<WriteRequestRules.Refusal> r = WriteRequestRules.check(request.getMethod(), h.get(HttpHeader.CONTENT_TYPE),
                h.get(HttpHeader.ORIGIN), h.get("Sec-Fetch-Site"), ownOrigins.get());
        if (r.isPresent()) {
            Response.writeError(request, response, callback, r.get().status(), r.get().message());
            return true;
        }
        return super.handle(request, response, callback);
    }
}
