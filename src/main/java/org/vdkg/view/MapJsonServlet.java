package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.vdkg.network.NetworkExporter;

/** {@code /map.json}: the located places with their claims as GeoJSON (the same as {@code vdkg export --format geojson}). */
final class MapJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getParameterMap().isEmpty()) {
            JsonResponse.error(resp, HttpServletResponse.SC_BAD_REQUEST, "/map.json takes no parameters "
                    + "(pick places with vdkg export --format geojson --query, or use SPARQL at /vdkg/sparql)");
            return;
        }
        Dataset ds = ServedData.of(getServletContext());
        if (ds == null) {
            JsonResponse.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        JsonResponse.send(resp, NetworkExporter.geoJson(ds));
    }
}
