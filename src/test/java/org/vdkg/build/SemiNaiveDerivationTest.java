package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.CurationResult;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/** The semi-naive derivation gives exactly what the naive one (every rule over everything, every round) gave. */
class SemiNaiveDerivationTest {

    private static final String BASE = IriScheme.DEFAULT_BASE;
    private static final String ONTOLOGY = new IriScheme(BASE).graph("ontology");

    @Test
    void theRealDataDerivesTheSameAsTheNaiveMethod() {
        Map<String, Graph> graphs = curatedGraphs();
        assertSame(graphs, 1000);
    }

    /**
     * A synthetic corpus: three copies of the curated data, every IRI of an entity, source and claim renamed per copy
     * (so that copies do not merge) while the ontology stays one; rules then meet the same shapes three times over.
     */
    @Test
    void aSyntheticCorpusOfThreeCopiesDerivesTheSameAsTheNaiveMethod() {
        Map<String, Graph> real = curatedGraphs();
        Map<String, Graph> synthetic = new TreeMap<>();
        synthetic.put(ONTOLOGY, real.get(ONTOLOGY));
        for (int copy = 1; copy <= 3; copy++) {
            for (Map.Entry<String, Graph> e : real.entrySet()) {
                if (e.getKey().equals(ONTOLOGY)) {
                    continue;
                }
                Graph g = GraphFactory.createDefaultGraph();
                String suffix = "-synthetic-" + copy;
                e.getValue().find().forEachRemaining(t -> g.add(Triple.create(rename(t.getSubject(), suffix),
                        t.getPredicate(), rename(t.getObject(), suffix))));
                synthetic.put(e.getKey() + suffix, g);
            }
        }
        assertSame(synthetic, 3000);
    }

    /**
     * The build derives inside the write transaction of the new TDB2 database, reading the stored graphs and keeping
     * each round's finds as working graphs of the store: the result is the same, and the working graphs are gone.
     */
    @Test
    void derivingInsideATdb2WriteTransactionGivesTheSameAsTheNaiveMethod(@TempDir Path dir) {
        Map<String, Graph> graphs = curatedGraphs();
        Graph naive = NaiveDerivation.derive(graphs, ONTOLOGY);
        Node inferredName = NodeFactory.createURI(BASE + "graph/inferred");
        DatasetGraph tdb = TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph();
        try {
            Txn.executeWrite(tdb, () -> {
                graphs.forEach((name, g) -> tdb.addGraph(NodeFactory.createURI(name), g));
                List<Problem> problems = DerivedGraphBuilder.derive(tdb, NodeFactory.createURI(ONTOLOGY), inferredName);
                assertTrue(problems.isEmpty(), problems.toString());
                Set<String> names = new TreeSet<>();
                tdb.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                Set<String> want = new TreeSet<>(graphs.keySet());
                want.add(inferredName.getURI());
                assertEquals(want, names, "the store holds the curated graphs and graph/inferred, nothing else");
                assertSameTriples(naive.find().toSet(), tdb.getGraph(inferredName).find().toSet());
            });
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static void assertSame(Map<String, Graph> graphs, int atLeast) {
        DerivedGraphBuilder.Outcome semiNaive = DerivedGraphBuilder.derive(graphs, ONTOLOGY);
        Graph naive = NaiveDerivation.derive(graphs, ONTOLOGY);
        assertTrue(semiNaive.problems().isEmpty(), semiNaive.problems().toString());
        assertTrue(naive.size() >= atLeast, "the naive method derives only " + naive.size() + " triples");
        assertSameTriples(naive.find().toSet(), semiNaive.inferred().getGraph().find().toSet());
    }

    private static void assertSameTriples(Set<Triple> want, Set<Triple> got) {
        assertFalse(got.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank nodes, so the graphs compare triple by triple");
        assertEquals(want.size(), got.size(), () -> "missing " + diff(want, got) + "; extra " + diff(got, want));
        assertEquals(want, got);
    }

    private static String diff(Set<Triple> a, Set<Triple> b) {
        return a.stream().filter(t -> !b.contains(t)).limit(5).map(Triple::toString).collect(Collectors.joining(", "));
    }

    /** The IRI with {@code suffix} when it names an instance (under the id/ namespace); other nodes unchanged. */
    private static Node rename(Node n, String suffix) {
        return n.isURI() && n.getURI().startsWith(BASE + "id/") && !n.getURI().startsWith(BASE + "id/concept/")
                ? NodeFactory.createURI(n.getURI() + suffix) : n;
    }

    private static Map<String, Graph> curatedGraphs() {
        CurationResult r = CurationPipeline.run(new ProjectLayout(TestProject.REPO), BASE);
        assertFalse(r.hasErrors(), r.problems().toString());
        DatasetGraph dsg = r.dataset().asDatasetGraph();
        Map<String, Graph> graphs = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(n -> graphs.put(n.getURI(), dsg.getGraph(n)));
        return graphs;
    }
}
