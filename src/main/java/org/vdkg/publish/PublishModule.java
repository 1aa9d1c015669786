package org.vdkg.publish;

import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.FeatureModule;
import org.vdkg.web.ServedDataset;

/**
 * Linked data as a Fuseki module: the home page and the dataset description at {@code /}, the entity and ontology pages,
 * the dataset description, dumps and the JSON-LD context.
 */
public final class PublishModule extends FeatureModule {

    public PublishModule(IriScheme iris, Supplier<String> publicRoot) {
        super(iris, publicRoot);
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet("/id/*", new ResourceServlet(data));
        b.addServlet("/ontology", new OntologyServlet(data));
        b.addServlet("/.well-known/void", new DatasetServlet(data, false));
        b.addServlet("/about", new DatasetServlet(data, true));
        b.addServlet("/dumps/*", new DumpServlet(data));
        b.addServlet("/context.jsonld", new ContextServlet(data));
        b.addFilter("/*", new DatasetRootFilter(data));
        b.addFilter("/*", new ServiceDescriptionFilter(data));
    }

}
