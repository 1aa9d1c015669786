package org.vdkg.view;

import org.apache.jena.query.Dataset;
import org.vdkg.web.ServedDataset;

/** {@code /timeline.json}: the dated claims as events with earliest and latest bounds. */
final class TimelineJsonServlet extends DatasetJsonServlet {

    private static final long serialVersionUID = 1L;

    TimelineJsonServlet(ServedDataset data) {
        super(data, "timeline.json");
    }

    @Override
    String noParameters() {
        return "/timeline.json takes no parameters (filter by kind and time in the page, or use SPARQL at /vdkg/sparql)";
    }

    @Override
    String json(Dataset ds) {
        return TimelineReader.read(ds).toString();
    }
}
