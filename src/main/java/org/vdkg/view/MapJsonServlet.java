package org.vdkg.view;

import org.apache.jena.query.Dataset;
import org.vdkg.network.NetworkExporter;
import org.vdkg.web.ServedDataset;

/** {@code /map.json}: the located places with their claims as GeoJSON (the same as {@code vdkg export --format geojson}). */
final class MapJsonServlet extends DatasetJsonServlet {

    private static final long serialVersionUID = 1L;

    MapJsonServlet(ServedDataset data) {
        super(data, "map.json");
    }

    @Override
    String noParameters() {
        return "/map.json takes no parameters (pick places with vdkg export --format geojson --query, or use SPARQL "
                + "at /vdkg/sparql)";
    }

    @Override
    String json(Dataset ds) {
        return NetworkExporter.geoJson(ds);
    }
}
