package org.vdkg.web;

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

    /** @param iris the base IRI mapping of the served data */
    protected FeatureModule(IriScheme iris) {
        this.iris = iris;
    }

    @Override
    public final void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model config) {
        register(builder, ServedDataset.of(registry, iris));
    }

    /** Adds the feature's servlets and filters to the server being built. */
    protected abstract void register(FusekiServer.Builder builder, ServedDataset data);
}
