package org.vdkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.ServedDataset;

/**
 * Makes the dataset IRI (the base, served at {@code /}) dereference to the dataset description for RDF
 * clients while browsers keep getting the Fuseki query UI there: only a GET of {@code /} that negotiates
 * to an RDF format is answered here; everything else passes through.
 */
final class DatasetRootFilter implements Filter {

    private final ServedDataset data;

    DatasetRootFilter(ServedDataset data) {
        this.data = data;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && "GET".equals(req.getMethod()) && "/".equals(req.getRequestURI()) && wantsRdf(req)) {
            resp.setHeader("Vary", "Accept");
            DatasetServlet.answer(req, resp, data, Offer.all());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean wantsRdf(HttpServletRequest req) {
        try {
            return Negotiation.choose(req, Offer.all()).map(o -> !o.isHtml()).orElse(false);
        } catch (BadRequest e) {
            return false;
        }
    }
}
