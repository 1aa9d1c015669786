package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.vdkg.web.Responses;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * {@code /explore}, {@code /explore.json} and {@code /explore.csv}: the claims that pass the explorer's filters (URL
 * parameters, see {@link ExploreFilter}), as the page (which draws {@code /explore.json}), as JSON with the facet
 * counts and the requested view's data, or as a CSV table. Wrong parameters get 400 in every form.
 */
final class ExploreServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The answer's form. */
    enum Form { PAGE, JSON, CSV }

    private static final String PAGE = "org/vdkg/view/explore.html";

    private final transient ServedDataset data;
    private final transient Precomputed<ExploreIndex> index;
    private final Form form;

    ExploreServlet(ServedDataset data, Form form) {
        this.data = data;
        this.index = Precomputed.of(data, "explore", ExploreIndex::of);
        this.form = form;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (data.dataset() == null) {
            Responses.jsonError(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        ExploreIndex index = this.index.get();
        ExploreFilter filter;
        try {
            filter = ExploreFilter.parse(req.getParameterMap(), index);
        } catch (IllegalArgumentException e) {
            if (form == Form.PAGE) {
                // The same page, marked as a failure: its script shows the message /explore.json gives.
                resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                page(resp);
                return;
            }
            Responses.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage()
                + " (the parameters of /explore are described in the README, section Explore)");
            return;
        }
        if (form == Form.PAGE) {
            page(resp);
            return;
        }
        ExploreFilter.Pass pass = filter.pass(index.claims(), form == Form.JSON);
        if (form == Form.CSV) {
            resp.setContentType("text/csv");
            resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            resp.setHeader("Content-Disposition", "attachment; filename=\"vdkg-claims.csv\"");
            try (PrintWriter w = resp.getWriter()) {
                ExploreAnswer.csv(index, pass.results(), w);
            }
            return;
        }
        JsonObject o = ExploreAnswer.json(index, filter, pass);
        Responses.json(resp, HttpServletResponse.SC_OK, o.toString());
    }

    private void page(HttpServletResponse resp) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PAGE)) {
            resp.setContentType("text/html; charset=utf-8");
            in.transferTo(resp.getOutputStream());
        }
    }

    /** For tests: the parameters' answer without HTTP, from an index read now. */
    static JsonObject answer(DatasetGraph ds, Map<String, String[]> params) {
        ExploreIndex index = ExploreIndex.of(ds);
        ExploreFilter filter = ExploreFilter.parse(params, index);
        return ExploreAnswer.json(index, filter, filter.pass(index.claims(), true));
    }
}
