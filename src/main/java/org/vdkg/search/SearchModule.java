package org.vdkg.search;

import org.apache.jena.fuseki.main.FusekiServer;

/** Adds {@code /search} and {@code /reconcile} to a Fuseki server being built. */
public final class SearchModule {

    private SearchModule() {
    }

    public static FusekiServer.Builder addTo(FusekiServer.Builder b) {
        return b.addServlet("/search", new SearchServlet()).addServlet("/reconcile/*", new ReconcileServlet());
    }
}
