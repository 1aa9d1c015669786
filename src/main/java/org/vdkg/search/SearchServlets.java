package org.vdkg.search;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/** Adds {@code /search} and {@code /reconcile} to a Fuseki server being built. */
public final class SearchServlets {

    /** The path specs of the servlets, for filters that guard them. */
    public static final List<String> PATHS = List.of("/search", "/reconcile/*");
    /** Time one reconciliation request may take when the server sets none. */
    public static final long DEFAULT_DEADLINE_MILLIS = 30_000;

    private SearchServlets() {
    }

    public static FusekiServer.Builder addTo(FusekiServer.Builder b) {
        return addTo(b, DEFAULT_DEADLINE_MILLIS);
    }

    /** @param deadlineMillis time one reconciliation request may take (the server's query timeout); past it, 503 */
    public static FusekiServer.Builder addTo(FusekiServer.Builder b, long deadlineMillis) {
        return b.addServlet("/search", new SearchServlet()).addServlet("/reconcile/*", new ReconcileServlet(deadlineMillis));
    }
}
