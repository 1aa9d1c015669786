package org.vdkg.publish;

import java.util.List;
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

    /**
     * The paths of the linked-data pages and dumps: answers that only change with the build, so the guard gives
     * them the same validators (ETag, Last-Modified, 304) as the SPARQL answers of a read-only server.
     */
    public static final List<String> PATHS = List.of("/id/*", "/ontology", "/.well-known/void", "/about", "/dumps/*",
            "/context.jsonld");

    private final SourceParagraphs sources;

    /** @param sources the source texts claim pages quote ({@code serve --sources}), or {@link SourceParagraphs#NONE} */
    public PublishModule(IriScheme iris, Supplier<String> publicRoot, SourceParagraphs sources) {
        super(iris, publicRoot);
        this.sources = sources;
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
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
