package org.vdkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data graph of one source's shape check, answering {@code rdfs:subClassOf} lookups from a small graph of the
 * class hierarchy instead of the data. The SHACL engine walks the subclasses of a class for every focus node it
 * checks ({@code ?c rdfs:subClassOf <Class>}), and an in-memory graph answers that pattern by reading every triple
 * whose object is the class: every entity typed with it. With the shared entities graph in the union, each source's
 * check then read all entities again and again; it was half of a build's time (JFR profile, issue 20). The answers are
 * the same: the hierarchy graph holds every {@code rdfs:subClassOf} triple of the shared graphs, and the source's own
 * graph (small) is asked as well.
 */
public final class HierarchyLookups extends GraphWrapper {

    private static final Node SUB_CLASS_OF = RDFS.subClassOf.asNode();

    private final Graph hierarchy;
    private final Graph local;

    /**
     * @param data the union the check reads (the source's graph and the shared graphs)
     * @param hierarchy every {@code rdfs:subClassOf} triple of the shared graphs
     * @param local the source's own graph, part of {@code data}
     */
    public HierarchyLookups(Graph data, Graph hierarchy, Graph local) {
        super(data);
        this.hierarchy = hierarchy;
        this.local = local;
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (!SUB_CLASS_OF.equals(p)) {
            return super.find(s, p, o);
        }
        return hierarchy.find(s, p, o).andThen(local.find(s, p, o).filterDrop(hierarchy::contains));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        return SUB_CLASS_OF.equals(p) ? hierarchy.contains(s, p, o) || local.contains(s, p, o) : super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
