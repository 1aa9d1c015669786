package org.vdkg.search;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.vdkg.publish.JsonpCallback;

/** Writing answers of the search servlets (JSON, JSONP, HTML, errors) and finding the served search. */
final class HttpAnswers {

    /** A request the caller got wrong: answered 400 with the message. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private HttpAnswers() {
    }

    /** The search over the first served dataset that has a text index. */
    static Optional<EntitySearch> search(ServletContext context) {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(context);
        if (registry == null) {
            return Optional.empty();
        }
        for (DataAccessPoint dap : registry.accessPoints()) {
            Optional<EntitySearch> s = EntitySearch.over(dap.getDataService().getDataset());
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    static void json(HttpServletRequest req, HttpServletResponse resp, int status, JsonValue body) throws IOException {
        String[] callbacks = req.getParameterValues("callback");
        String text = JSON.toStringFlat(body);
        if (callbacks != null) {
            String callback = callbacks[0];
            if (callbacks.length > 1 || !JsonpCallback.isValid(callback)) {
                error(resp, 400, JsonpCallback.problem());
                return;
            }
            send(resp, status, "application/javascript", callback + "(" + text + ");");
            return;
        }
        send(resp, status, "application/json", text);
    }

    static void html(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html", html);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        send(resp, status, "application/json", JSON.toStringFlat(o));
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** An integer parameter within bounds, or its default when absent; anything else is a bad request. */
    static int intParam(HttpServletRequest req, String name, int dflt, int min, int max) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }
}
