package org.vdkg.build;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
        Node nameKey = VDKG.nameKey.asNode();
        graphs.forEach((name, g) -> {
            if (name.equals(ontologyGraphName)) {
                return;
            }
            for (Node p : new Node[] {RDFS.label.asNode(), SKOS.altLabel.asNode()}) {
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(t, nameKey, into));
            }
        });
    }

    private static void add(Triple t, Node nameKey, Graph into) {
        if (t.getSubject().isURI() && t.getObject().isLiteral()) {
            into.add(t.getSubject(), nameKey, NodeFactory.createLiteralString(of(t.getObject().getLiteralLexicalForm())));
        }
    }
}
