package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/** Dereferences the IRIs under {@code BASE id/}: entities, sources, concepts, claims and their sub-nodes. */
final class ResourceServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient ResourceDescriber describer;

    ResourceServlet(ServedDataset data) {
        this.data = data;
        this.describer = new ResourceDescriber(data.iris());
    }

    /** A description and its page, made in one read transaction. */
    private record Described(Model model, String page) {
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String iri = data.iris().iri(path);
        boolean html = wantsHtml(req);
        Described d = data.read(dsg -> {
            Model union = ServedDataset.union(dsg);
            Model m = describer.describe(union, iri);
            if (m == null) {
                return null;
            }
            // Rendering needs the ontology's labels, which live in the union; do it while it is readable.
            return new Described(m, html ? new ResourcePage(data.iris(), describer, m, union).render(iri) : null);
        });
        if (d == null) {
            Responses.error(resp, 404, "nothing is known about " + iri);
            return;
        }
        negotiate(req, resp, Offer.all(), d.model(), d::page);
    }

    /** Whether negotiation will pick HTML (so the page is drawn only when needed). */
    static boolean wantsHtml(HttpServletRequest req) {
        try {
            return Negotiation.choose(req, Offer.all()).map(Offer::isHtml).orElse(false);
        } catch (BadRequest e) {
            return false;
        }
    }
}
