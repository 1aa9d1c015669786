package org.vdkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writes every answer of the site's pages: RDF, HTML, JSON (and JSONP), and errors as plain text or JSON. */
public final class Responses {

    private Responses() {
    }

    /** RDF, written in full before it is sent so that the answer carries its {@code Content-Length}. */
    public static void rdf(HttpServletResponse resp, Model m, Offer offer) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, m, offer.format());
        bytes(resp, 200, offer.mediaType(), body);
    }

    /**
     * A body of known length: {@code Content-Length} set, not chunked (unless compressed on the way out, which drops
     * the length).
     */
    public static void bytes(HttpServletResponse resp, int status, String type, ByteArrayOutputStream body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + ";charset=utf-8");
        resp.setContentLengthLong(body.size());
        try (OutputStream out = resp.getOutputStream()) {
            body.writeTo(out);
        }
    }

    public static void html(HttpServletResponse resp, String page) throws IOException {
        html(resp, 200, page);
    }

    public static void html(HttpServletResponse resp, int status, String page) throws IOException {
        text(resp, status, "text/html", page);
    }

    /** A plain-text error message. */
    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        text(resp, status, "text/plain", message + "\n");
    }

    /** 406 with the list of what is offered, in the body and in the {@code Link}-free plain text. */
    public static void notAcceptable(HttpServletResponse resp, List<Offer> offers) throws IOException {
        error(resp, 406, "none of the accepted media types is offered; offered: " + Negotiation.mediaTypes(offers)
                + " (or ?format=" + String.join("|", offers.stream().map(Offer::key).toList()) + ")");
    }

    /** JSON, or JSONP when the request names one {@code callback} (which must be a {@link JsonpCallback}). */
    public static void json(HttpServletRequest req, HttpServletResponse resp, int status, JsonValue body) throws IOException {
        String[] callbacks = req.getParameterValues("callback");
        String text = JSON.toStringFlat(body);
        if (callbacks != null) {
            String callback = callbacks[0];
            if (callbacks.length > 1 || !JsonpCallback.isValid(callback)) {
                jsonError(resp, 400, JsonpCallback.problem());
                return;
            }
            text(resp, status, "application/javascript", callback + "(" + text + ");");
            return;
        }
        text(resp, status, "application/json", text);
    }

    /** JSON text as it is (no JSONP). */
    public static void json(HttpServletResponse resp, int status, String json) throws IOException {
        text(resp, status, "application/json", json);
    }

    /** A JSON error: {@code {"error": message}}. */
    public static void jsonError(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        json(resp, status, JSON.toStringFlat(o));
    }

    public static void text(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + ";charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
