package org.vdkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonObject;

/** Writes JSON answers and JSON error messages of the view endpoints. */
public final class JsonResponse {

    private JsonResponse() {
    }

    public static void send(HttpServletResponse resp, String json) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        resp.setStatus(status);
        send(resp, o.toString());
    }
}
