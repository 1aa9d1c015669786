package org.vdkg.publish;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.query.SavedQuery;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.FeatureModule;
import org.vdkg.web.ServedDataset;

/**
 * The pages built on the saved-query catalogue, as a Fuseki module: the saved questions at {@code /queries} and the
 * read-only query UI at {@code /query} (with its files under {@code /static/}).
 */
public final class QueryPagesModule extends FeatureModule {

    private final List<SavedQuery> catalogue;

    /** @param catalogue the saved queries ({@code queries/}), read once when the server starts */
    public QueryPagesModule(IriScheme iris, Supplier<String> publicRoot, List<SavedQuery> catalogue) {
        super(iris, publicRoot);
        this.catalogue = List.copyOf(catalogue);
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet("/queries/*", new SavedQuestionsServlet(data, catalogue));
        QueryUiServlet ui = new QueryUiServlet(data, catalogue);
        b.addServlet("/query", ui);
        b.addServlet("/query/*", ui);
        b.addServlet("/static/*", ui);
    }
}
