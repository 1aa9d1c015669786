package org.vdkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;
import org.vdkg.web.Responses;

/**
 * Answers {@code /}, the dataset IRI (the base): RDF clients get the dataset description, browsers (and any client
 * that takes HTML, or whose {@code Accept} names nothing this server makes or cannot be read) the home page. Other
 * paths and methods pass through.
 */
final class DatasetRootFilter implements Filter {

    private final ServedDataset data;
    /** The home page's figures. */
    private final Precomputed<HomePage.Counts> counts;
    private final DatasetServlet.Description description;

    /** @param releases the releases the description lists, or null */
    DatasetRootFilter(ServedDataset data, ReleaseArchive releases) {
        this.data = data;
        this.counts = Precomputed.of(data, "home", dsg -> HomePage.counted(data, dsg, data.root()));
        this.description = new DatasetServlet.Description(data, releases);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && "/".equals(req.getRequestURI())) {
            resp.setHeader("Vary", "Accept");
            if (wantsRdf(req)) {
                DatasetServlet.answer(req, resp, description, Offer.all());
            } else {
                Responses.html(resp, HomePage.render(counts.get(), data.sparqlPath()));
            }
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
