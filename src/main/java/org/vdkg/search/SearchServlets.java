package org.vdkg.search;

import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;

/** Adds {@code /search} and {@code /reconcile} to a Fuseki server being built. */
public final class SearchServlets {

    private SearchServlets() {
    }

    /** @param publicRoot the server's public root URL (ending with {@code /}), for the absolute URLs of the reconciliation service */
    public static FusekiServer.Builder addTo(FusekiServer.Builder b, Supplier<String> publicRoot) {
        return b.addServlet("/search", new SearchServlet()).addServlet("/reconcile/*", new ReconcileServlet(publicRoot));
    }
}
