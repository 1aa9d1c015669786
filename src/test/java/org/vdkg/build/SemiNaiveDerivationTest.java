package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.CurationResult;
import org.vdkg.support.TestProject;
import org.vdkg.layout.ProjectLayout;
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

    private static void assertSame(Map<String, Graph> graphs, int atLeast) {
        DerivedGraphBuilder.Outcome semiNaive = DerivedGraphBuilder.derive(graphs, ONTOLOGY);
        Graph naive = NaiveDerivation.derive(graphs, ONTOLOGY);
        assertTrue(semiNaive.problems().isEmpty(), semiNaive.problems().toString());
        assertTrue(naive.size() >= atLeast, "the naive method derives only " + naive.size() + " triples");
        Set<Triple> got = semiNaive.inferred().getGraph().find().toSet();
        Set<Triple> want = naive.find().toSet();
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
