package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.ServedDataset;

/**
 * The dataset description at {@code /.well-known/void} (and the dataset IRI, the base): VoID and DCAT in
 * every RDF format; its HTML form is the landing page, which {@code /about} serves by default.
 */
final class DatasetServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient ReleaseArchive releases;
    private final transient List<Offer> offers;

    /**
     * @param releases the releases the description lists, or null
     * @param htmlFirst whether a client that accepts anything gets the page ({@code /about}) or Turtle
     */
    DatasetServlet(ServedDataset data, ReleaseArchive releases, boolean htmlFirst) {
        this.data = data;
        this.releases = releases;
        this.offers = htmlFirst ? Offer.all() : java.util.stream.Stream.concat(Offer.rdf().stream(),
                java.util.stream.Stream.of(Offer.HTML)).toList();
    }

    /** A description and its page, made in one read transaction. */
    private record Described(Model model, String page) {
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, data, releases, offers);
    }

    static void answer(HttpServletRequest req, HttpServletResponse resp, ServedDataset data, ReleaseArchive releases,
            List<Offer> offers) throws IOException {
        String root = data.root();
        boolean html = Negotiation.choose(req, offers).map(Offer::isHtml).orElse(false);
        Described d = data.read(dsg -> {
            Model v = DatasetDescription.build(data, dsg, root);
            if (releases != null) {
                DatasetDescription.releases(v, data.iris(), releases, root);
            }
            String page = null;
            if (html) {
                Model entities = ModelFactory.createDefaultModel().add(data.graph(dsg, "entities"));
                Model onto = ModelFactory.createDefaultModel().add(data.graph(dsg, "ontology"));
                page = new LandingPage(data.iris(), v, entities, onto).render();
            }
            return new Described(v, page);
        });
        negotiate(req, resp, offers, d.model(), d::page);
    }
}
