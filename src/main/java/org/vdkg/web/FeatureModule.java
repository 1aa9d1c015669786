package org.vdkg.web;

import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.rdf.model.Model;
import org.vdkg.vocab.IriScheme;

/**
 * A feature of the site (its pages and their data) plugged into Fuseki through Fuseki's own extension point: once
 * the server's datasets are configured, it registers its servlets and filters over the {@link ServedDataset}.
 */
public abstract class FeatureModule implements FusekiModule {

    private final IriScheme iris;
    private final Supplier<String> publicRoot;

    /**
     * @param iris the base IRI mapping of the served data
     * @param publicRoot the server's public root URL, ending with {@code /} (see {@link ServedDataset#root()})
     */
    protected FeatureModule(IriScheme iris, Supplier<String> publicRoot) {
        this.iris = iris;
        this.publicRoot = publicRoot;
    }

    @Override
    public final void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model config) {
        register(builder, ServedDataset.of(registry, iris, publicRoot));
    }

    /** Adds the feature's servlets and filters to the server being built. */
    protected abstract void register(FusekiServer.Builder builder, ServedDataset data);
}
