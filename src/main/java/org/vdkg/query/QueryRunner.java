package org.vdkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.vdkg.problem.UserException;
import org.vdkg.store.Store;

/** Runs one SPARQL query against a {@link Store} and returns the materialised answer. */
public final class QueryRunner {

    /** The answer of a query: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE). */
    public record Answer(Query query, ResultSetRewindable rows, Boolean ask, Model graph) {
    }

    private QueryRunner() {
    }

    /** Parses {@code sparql}; a syntax error is the user's error. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new UserException("the query is not valid SPARQL: " + e.getMessage());
        }
    }

    public static Answer run(Store store, Query query, long timeoutMillis) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                    .timeout(timeoutMillis).build()) {
                if (query.isSelectType()) {
                    return new Answer(query, ResultSetFactory.copyResults(qe.execSelect()), null, null);
                }
                if (query.isAskType()) {
                    return new Answer(query, null, qe.execAsk(), null);
                }
                if (query.isConstructType()) {
                    return new Answer(query, null, null, qe.execConstruct());
                }
                if (query.isDescribeType()) {
                    return new Answer(query, null, null, qe.execDescribe());
                }
                throw new UserException("unsupported query form: " + query.queryType());
            }
        });
    }
}
