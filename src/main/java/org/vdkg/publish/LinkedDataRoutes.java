package org.vdkg.publish;

import org.apache.jena.fuseki.main.FusekiServer;

/** Registers the linked-data servlets on a Fuseki server builder; the one call {@code VdkgServer} makes. */
public final class LinkedDataRoutes {

    private LinkedDataRoutes() {
    }

    public static void register(FusekiServer.Builder b, PublishedDataset data, SourceParagraphs sources) {
        b.addServlet("/id/*", new ResourceServlet(data, sources));
        b.addServlet("/ontology", new OntologyServlet(data));
        b.addServlet("/.well-known/void", new DatasetServlet(data, false));
        b.addServlet("/about", new DatasetServlet(data, true));
        b.addServlet("/dumps/*", new DumpServlet(data));
        b.addServlet("/context.jsonld", new ContextServlet(data));
        b.addFilter("/*", new DatasetRootFilter(data));
        b.addFilter("/*", new ServiceDescriptionFilter(data));
    }
}
