package org.vdkg.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.release.ReleaseArchive;
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
    private final ReleaseArchive releases;

    /** @param sources the source texts claim pages quote ({@code serve --sources}), or {@link SourceParagraphs#NONE} */
    public PublishModule(IriScheme iris, Supplier<String> publicRoot, SourceParagraphs sources) {
        this(iris, publicRoot, sources, null);
    }

    /**
     * @param sources the source texts claim pages quote ({@code serve --sources}), or {@link SourceParagraphs#NONE}
     * @param releases the releases directory offered at {@code /releases/} and listed in the dataset description; null
     *        for none
     */
    public PublishModule(IriScheme iris, Supplier<String> publicRoot, SourceParagraphs sources, Path releases) {
        super(iris, publicRoot);
        this.sources = sources;
        this.releases = releases == null ? null : new ReleaseArchive(releases);
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet("/id/*", new ResourceServlet(data, sources));
        b.addServlet("/ontology", new OntologyServlet(data));
        b.addServlet("/.well-known/void", new DatasetServlet(data, releases, false));
        b.addServlet("/about", new DatasetServlet(data, releases, true));
        b.addServlet("/dumps/*", new DumpServlet(data));
        b.addServlet("/context.jsonld", new ContextServlet(data));
        if (releases != null) {
            b.addServlet("/releases/*", new ReleaseServlet(data, releases));
        }
        b.addFilter("/*", new DatasetRootFilter(data, releases));
        b.addFilter("/*", new ServiceDescriptionFilter(data));
    }

}
