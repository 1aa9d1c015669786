package org.vdkg.serve.guard;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Fuseki's query operation for a public endpoint. It refuses {@code SERVICE} (400): a federated query
 * would make the server fetch any URL a stranger names, inside the network it runs in. And it caps the
 * rows of an answer: a query without LIMIT, or with a larger one, runs as if it said {@code LIMIT cap},
 * and the answer carries the header {@value #HEADER}, so an unbounded SELECT over the whole graph costs
 * bounded work instead of streaming until the timeout.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    /** Response header naming the cap when it cut a query's LIMIT. */
    static final String HEADER = "Vdkg-Row-Cap";

    private final long cap;

    /** @param cap most rows of an answer; 0 for no cap */
    GuardedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() == null) {
            return;
        }
        boolean[] federated = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                federated[0] = true;
            }
        });
        if (federated[0]) {
            ServletOps.errorBadRequest("SERVICE (federated query) is not allowed on this endpoint");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (cap > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            Query capped = query.cloneQuery();
            capped.setLimit(cap);
            action.getResponse().setHeader(HEADER, Long.toString(cap));
            return super.createQueryExec(action, capped, dataset);
        }
        return super.createQueryExec(action, query, dataset);
    }
}
