package org.vdkg.search;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;

/** Adds {@code /search} and {@code /reconcile} to a Fuseki server being built. */
public final class SearchServlets {

    /** The path specs of the servlets, for filters that guard them. */
    public static final List<String> PATHS = List.of("/search", "/reconcile/*");

    private SearchServlets() {
    }

    /**
     * @param deadlineMillis time one reconciliation request may take (the server's query timeout); past it, 503
     * @param publicRoot the server's public root URL (ending with {@code /}), for the absolute URLs of the reconciliation service
     */
    public static FusekiServer.Builder addTo(FusekiServer.Builder b, long deadlineMillis, Supplier<String> publicRoot) {
        return b.addServlet("/search", new SearchServlet()).addServlet("/reconcile/*", new ReconcileServlet(deadlineMillis, publicRoot));
    }
}
