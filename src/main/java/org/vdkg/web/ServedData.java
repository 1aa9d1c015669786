package org.vdkg.web;

import jakarta.servlet.ServletContext;
import java.util.List;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/** The dataset the server serves, found through Fuseki's registry so the views need no wiring at start-up. */
public final class ServedData {

    private ServedData() {
    }

    /** The first served dataset, or null when the server serves none. */
    public static Dataset of(ServletContext context) {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(context);
        List<DataAccessPoint> points = registry == null ? List.of() : registry.accessPoints();
        return points.isEmpty() ? null : DatasetFactory.wrap(points.get(0).getDataService().getDataset());
    }
}
