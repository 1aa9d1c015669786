package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.DatasetFactory;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/** {@code /timeline.json}: the dated claims as events with earliest and latest bounds. */
final class TimelineJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;

    TimelineJsonServlet(ServedDataset data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getParameterMap().isEmpty()) {
            Responses.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, "/timeline.json takes no parameters "
                    + "(filter by kind and time in the page, or use SPARQL at /vdkg/sparql)");
            return;
        }
        if (data.dataset() == null) {
            Responses.jsonError(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        Responses.json(resp, 200, TimelineReader.read(DatasetFactory.wrap(data.dataset())).toString());
    }
}
