package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** Queries see the union of the named graphs as default graph, and GRAPH still reaches each named graph. */
class UnionSelectTest {

    private static Dataset twoGraphs() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            Model a = ds.getNamedModel("urn:g:a");
            a.add(a.createResource("urn:x"), a.createProperty("urn:p"), "from a");
            Model b = ds.getNamedModel("urn:g:b");
            b.add(b.createResource("urn:x"), b.createProperty("urn:p"), "from b");
        });
        return ds;
    }

    @Test
    void defaultGraphIsTheUnion() {
        ResultTable t = UnionSelect.select(UnionSelect.unionView(twoGraphs()),
            QueryFactory.create("SELECT ?o WHERE { <urn:x> <urn:p> ?o } ORDER BY ?o"));
        assertEquals(List.of(List.of("from a"), List.of("from b")), t.rows());
    }

    @Test
    void namedGraphsStayAddressable() {
        ResultTable t = UnionSelect.select(UnionSelect.unionView(twoGraphs()),
            QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { <urn:x> <urn:p> \"from b\" } }"));
        assertEquals(List.of(List.of("urn:g:b")), t.rows());
    }

    @Test
    void tdb2DefaultGraphReadsAsTheUnionWhenAsked() {
        Dataset tdb = TDB2Factory.createDataset();
        Dataset mem = twoGraphs();
        Txn.executeWrite(tdb, () -> Txn.executeRead(mem, () -> mem.asDatasetGraph().find().forEachRemaining(tdb.asDatasetGraph()::add)));
        ResultTable t = UnionSelect.selectOverUnion(tdb,
            QueryFactory.create("SELECT ?o WHERE { <urn:x> <urn:p> ?o } ORDER BY ?o"));
        assertEquals(List.of(List.of("from a"), List.of("from b")), t.rows());
        assertEquals(List.of(), UnionSelect.select(tdb,
            QueryFactory.create("SELECT ?o WHERE { <urn:x> <urn:p> ?o }")).rows());
    }

    @Test
    void onlySelectQueriesMakeTables() {
        assertThrows(IllegalArgumentException.class, () -> UnionSelect.select(twoGraphs(),
            QueryFactory.create("ASK { ?s ?p ?o }")));
    }
}
