package org.vdkg.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.vdkg.vocab.VDKG;

/**
 * Derives {@code vdkg:nameKey}: for every name ({@code rdfs:label}, {@code skos:altLabel}) outside the ontology
 * graph, its lookup key. The one derived triple that is not a SPARQL rule, because SPARQL cannot fold diacritics.
 * With the key materialised, "who is called Uncle Ho" is one index lookup instead of a FILTER over every label.
 */
public final class NameKeys {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private NameKeys() {
    }

    /**
     * The key of a name: Unicode NFC, folded to ASCII where a letter has an ASCII form (the full-text index's
     * Lucene ASCIIFoldingFilter, so "Võ Nguyên Giáp" and "Đàm" give "Vo Nguyen Giap" and "Dam"), lower-cased,
     * runs of white space made one space, trimmed. Other scripts (Chinese, Russian) are only lower-cased.
     */
    public static String of(String name) {
        char[] in = Normalizer.normalize(name, Normalizer.Form.NFC).toCharArray();
        // foldToASCII needs up to 4 output chars per input char (e.g. a ligature).
        char[] out = new char[Math.max(4 * in.length, 1)];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return SPACES.matcher(new String(out, 0, n).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Adds to {@code into} a key triple for every name of an IRI in {@code graphs}, the ontology graph aside. */
    static void derive(Map<String, Graph> graphs, String ontologyGraphName, Graph into) {
        graphs.forEach((name, g) -> {
            if (!name.equals(ontologyGraphName)) {
                keys(g, into);
            }
        });
    }

    /**
     * Adds to graph {@code into} of {@code store} the key of every name in the store's other graphs, the ontology
     * graph aside, unless some graph of the store other than {@code into} states it already (a stated triple is not
     * derived knowledge). One graph's keys at a time are held in memory, as a store may not change under an open
     * iterator.
     */
    static void derive(DatasetGraph store, Node ontologyGraph, Node into) {
        List<Node> names = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(names::add);
        Graph target = store.getGraph(into);
        for (Node name : names) {
            if (name.equals(ontologyGraph) || name.equals(into)) {
                continue;
            }
            Graph keys = GraphFactory.createDefaultGraph();
            keys(store.getGraph(name), keys);
            keys.find().filterDrop(t -> statedOutside(store, t, into)).toList().forEach(target::add);
        }
    }

    private static boolean statedOutside(DatasetGraph store, Triple t, Node graph) {
        return Iter.anyMatch(store.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
            q -> !q.getGraph().equals(graph));
    }

    private static void keys(Graph g, Graph into) {
        Node nameKey = VDKG.nameKey.asNode();
        for (Node p : new Node[] {RDFS.label.asNode(), SKOS.altLabel.asNode()}) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(t, nameKey, into));
        }
    }

    private static void add(Triple t, Node nameKey, Graph into) {
        if (t.getSubject().isURI() && t.getObject().isLiteral()) {
            into.add(t.getSubject(), nameKey, NodeFactory.createLiteralString(of(t.getObject().getLiteralLexicalForm())));
        }
    }
}
