package org.vdkg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.Responses;

/**
 * Common ground of the linked-data servlets: GET and HEAD only, content negotiation, the
 * {@code Content-Location} of the chosen representation, and bad requests answered 4xx with a message.
 */
abstract class PublishingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PublishingServlet.class);

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // Caches must keep the representations of one URL apart by what the client asked for.
        // Added, not set: a Vary put before (gzip's Accept-Encoding) stays; ImmutableCacheFilter merges them into one.
        resp.addHeader("Vary", "Accept");
        try {
            serve(req, resp);
        } catch (BadRequest e) {
            Responses.error(resp, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {}", req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                Responses.error(resp, 500, "internal error: " + e.getMessage());
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "GET, HEAD");
        Responses.error(resp, 405, "this resource is read only; use GET");
    }

    protected abstract void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    /**
     * Negotiates and answers: HTML from {@code page}, RDF from {@code model}. The response names the
     * representation it carries with {@code Content-Location} (the resource URL plus {@code ?format=}),
     * which is this server's answer to the cool-URI question instead of a 303 redirect.
     */
    static void negotiate(HttpServletRequest req, HttpServletResponse resp, List<Offer> offers, Model model,
                          java.util.function.Supplier<String> page) throws IOException {
        Optional<Offer> chosen = Negotiation.choose(req, offers);
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, offers);
            return;
        }
        Offer o = chosen.get();
        resp.setHeader("Content-Location", req.getRequestURI() + "?format=" + o.key());
        if (o.isHtml()) {
            Responses.html(resp, page.get());
        } else {
            Responses.rdf(resp, model, o);
        }
    }
}
