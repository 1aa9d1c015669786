package org.vdkg.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import java.util.List;
import org.vdkg.query.SavedQuery;

/** Registers the linked-data servlets and the pages for browsers on a Fuseki server builder. */
public final class LinkedDataRoutes {

    private LinkedDataRoutes() {
    }

    public static void register(FusekiServer.Builder b, PublishedDataset data) {
        b.addServlet("/id/*", new ResourceServlet(data));
        b.addServlet("/ontology", new OntologyServlet(data));
        b.addServlet("/.well-known/void", new DatasetServlet(data, false));
        b.addServlet("/about", new DatasetServlet(data, true));
        b.addServlet("/dumps/*", new DumpServlet(data));
        b.addServlet("/context.jsonld", new ContextServlet(data));
        b.addFilter("/*", new ServiceDescriptionFilter(data));
    }

    /**
     * The pages for browsers that need the saved-query catalogue: the home page at {@code /}, the saved questions at
     * {@code /queries} and the read-only query UI at {@code /query} (with its files under {@code /static/}).
     *
     * @param catalogue the saved queries ({@code queries/}), read once when the server starts
     */
    public static void registerBrowserPages(FusekiServer.Builder b, PublishedDataset data, List<SavedQuery> catalogue) {
        b.addFilter("/*", new DatasetRootFilter(data));
        b.addServlet("/queries/*", new SavedQuestionsServlet(data, catalogue));
        QueryUiServlet ui = new QueryUiServlet(data, catalogue);
        b.addServlet("/query", ui);
        b.addServlet("/query/*", ui);
        b.addServlet("/static/*", ui);
    }
}
