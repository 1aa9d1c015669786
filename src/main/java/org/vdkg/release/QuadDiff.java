package org.vdkg.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The statements removed and added between two releases' datasets, graph by graph. Statements without blank nodes are
 * compared as they are. Blank nodes have no name across builds (each build labels them anew), so a graph's statements
 * with blank nodes are compared as a whole, up to renaming: unchanged when isomorphic, otherwise all of the previous
 * release's are removed (by the labels of its N-Quads file) and all of the new one's added.
 *
 * @param removed the statements of the previous release that the new one lacks
 * @param added the statements of the new release that the previous one lacks
 */
public record QuadDiff(List<Quad> removed, List<Quad> added) {

    /** The difference from {@code before} to {@code after}; both read with blank node labels as written. */
    public static QuadDiff between(DatasetGraph before, DatasetGraph after) {
        List<Quad> removed = new ArrayList<>();
        List<Quad> added = new ArrayList<>();
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        before.listGraphNodes().forEachRemaining(graphs::add);
        after.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            Graph was = before.getGraph(g);
            Graph is = after.getGraph(g);
            Graph wasBlank = GraphFactory.createGraphMem();
            Graph isBlank = GraphFactory.createGraphMem();
            was.find().forEachRemaining(t -> {
                if (hasBlank(t)) {
                    wasBlank.add(t);
                } else if (!is.contains(t)) {
                    removed.add(Quad.create(g, t));
                }
            });
            is.find().forEachRemaining(t -> {
                if (hasBlank(t)) {
                    isBlank.add(t);
                } else if (!was.contains(t)) {
                    added.add(Quad.create(g, t));
                }
            });
            if (!wasBlank.isIsomorphicWith(isBlank)) {
                wasBlank.find().forEachRemaining(t -> removed.add(Quad.create(g, t)));
                isBlank.find().forEachRemaining(t -> added.add(Quad.create(g, t)));
            }
        }
        Comparator<Quad> order = Comparator.comparing((Quad q) -> q.getGraph().toString())
                .thenComparing(Quad::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Quad::getObject, NodeCmp::compareRDFTerms);
        removed.sort(order);
        added.sort(order);
        return new QuadDiff(List.copyOf(removed), List.copyOf(added));
    }

    /** The graphs the difference touches. */
    public Set<Node> graphs() {
        Set<Node> out = new HashSet<>();
        removed.forEach(q -> out.add(q.getGraph()));
        added.forEach(q -> out.add(q.getGraph()));
        return out;
    }

    private static boolean hasBlank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }
}
