package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/** Serves the JSON-LD context of the project's terms at {@code /context.jsonld}. */
final class ContextServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;

    ContextServlet(ServedDataset data) {
        this.data = data;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject ctx = data.read(dsg -> JsonLdContext.build(data.graph(dsg, "ontology")));
        Responses.text(resp, 200, "application/ld+json", ctx.toString() + "\n");
    }
}
