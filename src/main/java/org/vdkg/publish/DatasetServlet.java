package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vdkg.web.Offer;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * The dataset description at {@code /.well-known/void} (and the dataset IRI, the base): VoID and DCAT in
 * every RDF format; its HTML form is the landing page, which {@code /about} serves by default.
 */
final class DatasetServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient Precomputed<Described> described;
    private final transient List<Offer> offers;

    /** @param htmlFirst whether a client that accepts anything gets the page ({@code /about}) or Turtle */
    DatasetServlet(ServedDataset data, boolean htmlFirst) {
        this.described = described(data);
        this.offers = htmlFirst ? Offer.all() : java.util.stream.Stream.concat(Offer.rdf().stream(),
                java.util.stream.Stream.of(Offer.HTML)).toList();
    }

    /** A description and its page, made in one read transaction; neither is changed once made. */
    record Described(Model model, String page) {
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, described, offers);
    }

    /** The dataset's description and landing page, made once per server when the data cannot change. */
    static Precomputed<Described> described(ServedDataset data) {
        return Precomputed.of(data, "about", dsg -> {
            Model v = DatasetDescription.build(data, dsg, data.root());
            Model entities = ModelFactory.createDefaultModel().add(data.graph(dsg, "entities"));
            Model onto = ModelFactory.createDefaultModel().add(data.graph(dsg, "ontology"));
            return new Described(v, new LandingPage(data.iris(), v, entities, onto).render());
        });
    }

    static void answer(HttpServletRequest req, HttpServletResponse resp, Precomputed<Described> described,
            List<Offer> offers) throws IOException {
        Described d = described.get();
        negotiate(req, resp, offers, d.model(), d::page);
    }
}
