package org.vdkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writes the bodies the linked-data servlets answer with: RDF, HTML and plain-text errors. */
public final class Responses {

    private Responses() {
    }

    public static void rdf(HttpServletResponse resp, Model m, Offer offer) throws IOException {
        resp.setStatus(200);
        resp.setContentType(offer.mediaType() + ";charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, offer.format());
        }
    }

    public static void html(HttpServletResponse resp, String page) throws IOException {
        text(resp, 200, "text/html", page);
    }

    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        text(resp, status, "text/plain", message + "\n");
    }

    /** 406 with the list of what is offered, in the body and in the {@code Link}-free plain text. */
    public static void notAcceptable(HttpServletResponse resp, List<Offer> offers) throws IOException {
        error(resp, 406, "none of the accepted media types is offered; offered: " + Negotiation.mediaTypes(offers)
                + " (or ?format=" + String.join("|", offers.stream().map(Offer::key).toList()) + ")");
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
