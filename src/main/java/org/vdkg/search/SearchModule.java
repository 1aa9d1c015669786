package org.vdkg.search;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.FeatureModule;
import org.vdkg.web.ServedDataset;

/** Search as a Fuseki module: {@code /search} and the {@code /reconcile} service over the served dataset's text index. */
public final class SearchModule extends FeatureModule {

    /** The path specs of the servlets, for filters that guard them. */
    public static final List<String> PATHS = List.of("/search", "/reconcile/*");

    private final long deadlineMillis;

    /**
     * @param iris the base IRI mapping of the served data
     * @param publicRoot the server's public root URL, ending with {@code /}
     * @param deadlineMillis time one reconciliation request may take (the server's query timeout); past it, 503
     */
    public SearchModule(IriScheme iris, Supplier<String> publicRoot, long deadlineMillis) {
        super(iris, publicRoot);
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet(PATHS.get(0), new SearchServlet(data)).addServlet(PATHS.get(1), new ReconcileServlet(data, deadlineMillis));
    }
}
