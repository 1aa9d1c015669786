package org.vdkg.serve.guard;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation for a public endpoint. It refuses {@code SERVICE} anywhere in a query (400): a
 * federated query would make the server fetch any URL a stranger names, inside the network it runs in. It caps
 * the rows of an answer: a query without LIMIT, or with a larger one, runs as if it said {@code LIMIT cap}, and
 * the answer carries the header {@value #HEADER}, so an unbounded SELECT over the whole graph costs bounded work
 * instead of streaming until the timeout. And it answers 400, not 500, to the queries a client got wrong in ways
 * the parser does not see: one nested so deeply (sub-queries, unions, long expressions, paths) that evaluating it
 * overflows the stack, one over an {@link EvaluationLimits evaluation limit}, a full-text search Lucene cannot run.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    /** Response header naming the cap when it cut a query's LIMIT. */
    static final String HEADER = "Vdkg-Row-Cap";
    /**
     * Request attribute set once the whole answer has been written: a query that failed, timed out or was cut while
     * streaming leaves the stream with an exception and never gets it, so {@link AnswerCacheFilter} keeps only whole answers.
     */
    static final String COMPLETE = GuardedQuery.class.getName() + ".complete";

    private final long cap;

    /** @param cap most rows of an answer; 0 for no cap */
    GuardedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        QueryDeadline.start(timeoutMillis(action));
        try {
            super.execute(queryString, action);
            action.getRequest().setAttribute(COMPLETE, Boolean.TRUE);
        } catch (StackOverflowError e) {
            // Every frame above is unwound; the read transaction and the execution are closed by their finally blocks.
            ServletOps.errorBadRequest("the query is nested too deeply (sub-queries, UNIONs, a long expression or path); "
                    + "write it flatter");
        } catch (LimitExceeded e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (RuntimeException e) {
            Throwable text = textSearchCause(e);
            if (text == null) {
                throw e;
            }
            ServletOps.errorBadRequest("the full-text search (text:query) cannot be run: " + text.getClass().getSimpleName()
                    + " " + text.getMessage());
        } finally {
            QueryDeadline.clear();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (QueryDepth.of(query) > QueryDepth.LIMIT) {
            ServletOps.errorBadRequest("the query is nested too deeply (more than " + QueryDepth.LIMIT + " levels of "
                    + "sub-queries, UNIONs, expressions or path steps); write it flatter");
        }
        if (ServiceBan.callsService(query)) {
            ServletOps.errorBadRequest(ServiceBan.REFUSED);
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

    /** The server's query timeout (the endpoint's {@code arq:queryTimeout}); a request can only lower it. */
    private static long timeoutMillis(HttpAction action) {
        String setting = action.getContext().getAsString(ARQ.queryTimeout);
        if (setting == null) {
            return 0;
        }
        Pair<Long, Long> t = Timeouts.parseTimeoutStr(setting, TimeUnit.MILLISECONDS);
        return t == null ? 0 : Math.max(t.getLeft(), t.getRight());
    }

    /** The exception of Lucene or jena-text behind {@code e}, if any: the search string was one Lucene refuses. */
    static Throwable textSearchCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("org.apache.lucene.") || name.startsWith("org.apache.jena.query.text.")) {
                return t;
            }
        }
        return null;
    }
}
