package org.vdkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The shape check's data graph answers every pattern as the plain union does, subclass lookups included. */
class HierarchyLookupsTest {

    private static final Node SUB = RDFS.subClassOf.asNode();
    private static final Node TYPE = RDF.type.asNode();

    @Test
    void everyPatternGivesWhatThePlainUnionGives() {
        Graph shared = GraphFactory.createDefaultGraph();
        shared.add(Triple.create(n("Army"), SUB, n("Organisation")));
        shared.add(Triple.create(n("Organisation"), SUB, n("Actor")));
        for (int i = 0; i < 50; i++) {
            shared.add(Triple.create(n("army" + i), TYPE, n("Army")));
        }
        Graph local = GraphFactory.createDefaultGraph();
        local.add(Triple.create(n("Militia"), SUB, n("Army")));
        local.add(Triple.create(n("Army"), SUB, n("Organisation")));
        local.add(Triple.create(n("militia1"), TYPE, n("Militia")));
        Graph hierarchy = GraphFactory.createDefaultGraph();
        shared.find(Node.ANY, SUB, Node.ANY).forEachRemaining(hierarchy::add);
        Graph union = new Union(local, shared);
        Graph checked = new HierarchyLookups(union, hierarchy, local);

        List<Node> nodes = List.of(Node.ANY, n("Army"), n("Organisation"), n("Militia"), n("Actor"), n("army3"));
        for (Node s : nodes) {
            for (Node p : List.of(Node.ANY, SUB, TYPE)) {
                for (Node o : nodes) {
                    assertEquals(union.find(s, p, o).toSet(), checked.find(s, p, o).toSet(), s + " " + p + " " + o);
                    assertEquals(union.find(s, p, o).toList().size(), checked.find(s, p, o).toList().size(),
                        "no triple twice: " + s + " " + p + " " + o);
                    assertEquals(union.contains(s, p, o), checked.contains(s, p, o), s + " " + p + " " + o);
                }
            }
        }
        assertTrue(checked.contains(n("Militia"), SUB, n("Army")), "a subclass stated only in the source's graph");
        assertFalse(checked.contains(n("Actor"), SUB, n("Army")));
    }

    private static Node n(String local) {
        return NodeFactory.createURI("https://w3id.org/vdkg/test/" + local);
    }
}
