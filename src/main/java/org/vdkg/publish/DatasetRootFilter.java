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
import org.vdkg.web.ServedDataset;
import org.vdkg.web.Responses;

/**
 * Answers {@code /}, the dataset IRI (the base): RDF clients get the dataset description, browsers (and any client
 * that takes HTML, or whose {@code Accept} names nothing this server makes or cannot be read) the home page. Other
 * paths and methods pass through.
 */
final class DatasetRootFilter implements Filter {

    private final ServedDataset data;
    private final ReleaseArchive releases;
    /** The home page's figures, read on the first visit: the database does not change while the server runs. */
    private volatile HomePage.Counts counts;

    /** @param releases the releases the description lists, or null */
    DatasetRootFilter(ServedDataset data, ReleaseArchive releases) {
        this.data = data;
        this.releases = releases;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && "/".equals(req.getRequestURI())) {
            resp.setHeader("Vary", "Accept");
            if (wantsRdf(req)) {
                DatasetServlet.answer(req, resp, data, releases, Offer.all());
            } else {
                Responses.html(resp, HomePage.render(counts(), data.sparqlPath()));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private HomePage.Counts counts() {
        HomePage.Counts c = counts;
        if (c == null) {
            c = data.read(dsg -> HomePage.counted(data, dsg, data.root()));
            counts = c;
        }
        return c;
    }

    private static boolean wantsRdf(HttpServletRequest req) {
        try {
            return Negotiation.choose(req, Offer.all()).map(o -> !o.isHtml()).orElse(false);
        } catch (BadRequest e) {
            return false;
        }
    }
}
