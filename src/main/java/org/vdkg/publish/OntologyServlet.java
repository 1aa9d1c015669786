package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vdkg.web.Offer;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/** The ontology IRI ({@code /ontology}): the ontology graph in every RDF format, and its HTML page. */
final class OntologyServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;

    OntologyServlet(ServedDataset data) {
        this.data = data;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model onto = data.read(dsg -> {
            Model copy = ModelFactory.createDefaultModel();
            Model g = data.graph(dsg, "ontology");
            copy.setNsPrefixes(g.getNsPrefixMap());
            copy.add(g);
            return copy;
        });
        if (onto.isEmpty()) {
            Responses.error(resp, 404, "the database holds no ontology graph");
            return;
        }
        negotiate(req, resp, Offer.all(), onto, () -> new OntologyPage(data.iris(), onto).render());
    }
}
