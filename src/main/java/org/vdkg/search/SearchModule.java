package org.vdkg.search;

import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.FeatureModule;
import org.vdkg.web.ServedDataset;

/** Search as a Fuseki module: {@code /search} and the {@code /reconcile} service over the served dataset's text index. */
public final class SearchModule extends FeatureModule {

    public SearchModule(IriScheme iris) {
        super(iris);
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet("/search", new SearchServlet(data)).addServlet("/reconcile/*", new ReconcileServlet(data));
    }
}
