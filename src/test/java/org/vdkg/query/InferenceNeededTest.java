package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.vdkg.support.BuiltDatabase;
import org.vdkg.vocab.IriScheme;

/** Questions that only the materialised graph/inferred answers: without it they come back empty. */
class InferenceNeededTest {

    private static final String INFERRED = IriScheme.DEFAULT_BASE + "graph/inferred";
    private static final SavedQueryCatalogue CATALOGUE = new SavedQueryCatalogue(BuiltDatabase.layout().queriesDir());

    @Test
    void savedQueriesThatUseInferredTypesAndShortcutsNeedGraphInferred() {
        Dataset withoutInferred = curatedGraphsOnly(BuiltDatabase.dataset());
        for (String id : new String[] {"actors-in-both-articles", "accompanied-leaders", "places-in-cao-bang", "find-uncle-ho",
                "ambiguities-per-source"}) {
            SavedQuery q = CATALOGUE.find(id).orElseThrow();
            ResultTable with = UnionSelect.selectOverUnion(BuiltDatabase.dataset(), q.parse());
            ResultTable without = UnionSelect.select(withoutInferred, q.parse());
            assertTrue(with.rows().size() > 0, id + " has no answer even with graph/inferred");
            assertEquals(0, without.rows().size(), id + " should need graph/inferred but answered " + without.rows());
        }
    }

    /** An in-memory copy of every named graph but graph/inferred, with their union as default graph. */
    private static Dataset curatedGraphsOnly(Dataset tdb2) {
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        DatasetGraph source = tdb2.asDatasetGraph();
        Txn.executeRead(source, () -> source.listGraphNodes().forEachRemaining(name -> {
            if (!name.getURI().equals(INFERRED)) {
                Graph copy = GraphFactory.createDefaultGraph();
                source.getGraph(name).find().forEachRemaining(copy::add);
                named.addGraph(name, copy);
            }
        }));
        return DatasetFactory.wrap(UnionSelect.withUnionDefault(named));
    }
}
