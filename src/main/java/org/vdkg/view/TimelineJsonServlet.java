package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.vdkg.web.JsonResponse;
import org.vdkg.web.ServedData;

/** {@code /timeline.json}: the dated claims as events with earliest and latest bounds. */
final class TimelineJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getParameterMap().isEmpty()) {
            JsonResponse.error(resp, HttpServletResponse.SC_BAD_REQUEST, "/timeline.json takes no parameters "
                    + "(filter by kind and time in the page, or use SPARQL at /vdkg/sparql)");
            return;
        }
        Dataset ds = ServedData.of(getServletContext());
        if (ds == null) {
            JsonResponse.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        JsonResponse.send(resp, TimelineReader.read(ds).toString());
    }
}
