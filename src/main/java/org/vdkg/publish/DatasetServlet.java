package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vdkg.release.Release;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.web.Offer;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * The dataset description at {@code /.well-known/void} (and the dataset IRI, the base): VoID and DCAT in
 * every RDF format; its HTML form is the landing page, which {@code /about} serves by default.
 */
final class DatasetServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient Description description;
    private final transient List<Offer> offers;

    /**
     * @param releases the releases the description lists, or null
     * @param htmlFirst whether a client that accepts anything gets the page ({@code /about}) or Turtle
     */
    DatasetServlet(ServedDataset data, ReleaseArchive releases, boolean htmlFirst) {
        this.description = new Description(data, releases);
        this.offers = htmlFirst ? Offer.all() : java.util.stream.Stream.concat(Offer.rdf().stream(),
                java.util.stream.Stream.of(Offer.HTML)).toList();
    }

    /** A description and its page; neither is changed once made. */
    record Described(Model model, String page) {
    }

    /** What the description is made of, read once per server from the data: the releases are added on top. */
    private record Parts(Model model, Model entities, Model ontology, String page) {
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, description, offers);
    }

    static void answer(HttpServletRequest req, HttpServletResponse resp, Description description, List<Offer> offers)
            throws IOException {
        Described d = description.get();
        negotiate(req, resp, offers, d.model(), d::page);
    }

    /**
     * The dataset's description and landing page: the part read from the data is made once per server when the data
     * cannot change ({@link Precomputed}); the releases, which {@code vdkg release} may add while the server runs,
     * are added to it and the result kept until the list of releases changes.
     */
    static final class Description {

        private final ServedDataset data;
        private final ReleaseArchive releases;
        private final Precomputed<Parts> parts;
        /** The last description with releases, and the releases it lists. */
        private volatile WithReleases last = new WithReleases(List.of(), null);

        private record WithReleases(List<Release> releases, Described described) {
        }

        /** @param releases the releases the description lists, or null */
        Description(ServedDataset data, ReleaseArchive releases) {
            this.data = data;
            this.releases = releases;
            this.parts = Precomputed.of(data, "about", dsg -> {
                Model v = DatasetDescription.build(data, dsg, data.root());
                Model entities = ModelFactory.createDefaultModel().add(data.graph(dsg, "entities"));
                Model onto = ModelFactory.createDefaultModel().add(data.graph(dsg, "ontology"));
                return new Parts(v, entities, onto, new LandingPage(data.iris(), v, entities, onto).render());
            });
        }

        Described get() {
            Parts p = parts.get();
            List<Release> list = releases == null ? List.of() : releases.list();
            if (list.isEmpty()) {
                return new Described(p.model(), p.page());
            }
            WithReleases known = last;
            if (list.equals(known.releases())) {
                return known.described();
            }
            Model v = ModelFactory.createDefaultModel().add(p.model());
            v.setNsPrefixes(p.model().getNsPrefixMap());
            DatasetDescription.releases(v, data.iris(), releases, data.root());
            Described d = new Described(v, new LandingPage(data.iris(), v, p.entities(), p.ontology()).render());
            last = new WithReleases(list, d);
            return d;
        }
    }
}
