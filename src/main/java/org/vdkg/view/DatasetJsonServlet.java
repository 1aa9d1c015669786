package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.vdkg.web.Precomputed;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * A view's JSON data computed from the whole served dataset ({@link Precomputed} under the servlet's path); it takes
 * no parameters (400 names the alternative).
 */
abstract class DatasetJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient Precomputed<String> json;

    /** @param path the servlet's path, which names the value in the server's status */
    DatasetJsonServlet(ServedDataset data, String path) {
        this.data = data;
        this.json = Precomputed.of(data, path, dsg -> json(DatasetFactory.wrap(dsg)));
    }

    /** What to say when parameters are given: the servlet's path and where filtering is done instead. */
    abstract String noParameters();

    /** The JSON of {@code ds}. */
    abstract String json(Dataset ds);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getParameterMap().isEmpty()) {
            Responses.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, noParameters());
            return;
        }
        if (data.dataset() == null) {
            Responses.jsonError(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        Responses.json(resp, 200, json.get());
    }
}
