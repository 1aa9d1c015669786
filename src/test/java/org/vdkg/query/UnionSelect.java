package org.vdkg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/** Runs SELECT queries into {@link ResultTable}s over the union of a dataset's named graphs, as the server serves them. */
public final class UnionSelect {

    private UnionSelect() {
    }

    /**
     * A read view of {@code dataset} with the same named graphs and, as default graph, their union. Use it for an
     * in-memory dataset; a TDB2 database gets the same effect from its {@code unionDefaultGraph} setting.
     */
    public static Dataset unionView(Dataset dataset) {
        DatasetGraph source = dataset.asDatasetGraph();
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        Txn.executeRead(source, () -> source.listGraphNodes().forEachRemaining(name -> {
            Graph copy = GraphFactory.createDefaultGraph();
            source.getGraph(name).find().forEachRemaining(copy::add);
            named.addGraph(name, copy);
        }));
        return DatasetFactory.wrap(withUnionDefault(named));
    }

    /** A dataset with the named graphs of {@code named} and, as its default graph, their (live) union. */
    public static DatasetGraph withUnionDefault(DatasetGraph named) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(new GraphUnionRead(named));
        named.listGraphNodes().forEachRemaining(n -> view.addGraph(n, named.getGraph(n)));
        return view;
    }

    /** Executes a SELECT query on {@code dataset} (read transaction included) and returns its rows. */
    public static ResultTable select(Dataset dataset, Query query) {
        return select(dataset, query, false);
    }

    /**
     * Executes a SELECT query on a TDB2 database with its default graph read as the union of the named graphs
     * ({@code TDB2.symUnionDefaultGraph} for this execution only), as the server serves it.
     */
    public static ResultTable selectOverUnion(Dataset tdb2, Query query) {
        return select(tdb2, query, true);
    }

    private static ResultTable select(Dataset dataset, Query query, boolean tdb2Union) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query: " + query.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            QueryExecutionBuilder b = QueryExecution.dataset(dataset).query(query);
            if (tdb2Union) {
                b = b.set(TDB2.symUnionDefaultGraph, true);
            }
            try (QueryExecution qe = b.build()) {
                return ResultTable.of(qe.execSelect());
            }
        });
    }
}
