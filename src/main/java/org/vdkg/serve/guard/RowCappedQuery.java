package org.vdkg.serve.guard;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a cap on the rows an answer may have: a query without LIMIT, or with a
 * larger one, runs as if it said {@code LIMIT cap}, and the answer carries the header
 * {@value #HEADER}. An unbounded SELECT over the whole graph then costs a bounded amount of work and
 * bandwidth instead of streaming until the timeout.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {

    /** Response header naming the cap when it cut a query's LIMIT. */
    static final String HEADER = "Vdkg-Row-Cap";

    private final long cap;

    RowCappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            Query capped = query.cloneQuery();
            capped.setLimit(cap);
            action.getResponse().setHeader(HEADER, Long.toString(cap));
            return super.createQueryExec(action, capped, dataset);
        }
        return super.createQueryExec(action, query, dataset);
    }
}
