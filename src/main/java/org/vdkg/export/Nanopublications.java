package org.vdkg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;

/**
 * Every claim as a nanopublication (<a href="http://www.nanopub.org/nschema">nanopub schema</a>): four named graphs
 * per claim. The assertion holds the claim's own triples (the claim and its sub-nodes, without its citation); the
 * provenance says the assertion was derived from the citation and had the source article as primary source (not
 * {@code prov:wasQuotedFrom}: a claim records a fact, it quotes no sentence), with the citation's triples (source,
 * paragraphs, footnotes); the publication info names the dataset's curators as creator, the build
 * time as creation date and the data licence; the head ties the three to the nanopublication {@code <claim>/np}.
 */
public final class Nanopublications {

    /** The nanopub schema namespace. */
    public static final String NP = "http://www.nanopub.org/nschema#";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private static final Node NANOPUBLICATION = NodeFactory.createURI(NP + "Nanopublication");
    private static final Node HAS_ASSERTION = NodeFactory.createURI(NP + "hasAssertion");
    private static final Node HAS_PROVENANCE = NodeFactory.createURI(NP + "hasProvenance");
    private static final Node HAS_PUBINFO = NodeFactory.createURI(NP + "hasPublicationInfo");
    private static final Node PRIMARY_SOURCE = NodeFactory.createURI(PROV.NS + "hadPrimarySource");

    private Nanopublications() {
    }

    /** The nanopublications of every claim of {@code dsg}, as a fresh in-memory dataset; call in a read transaction. */
    public static DatasetGraph of(DatasetGraph dsg) {
        String base = DatasetExporter.base(dsg);
        Graph inferred = dsg.getGraph(NodeFactory.createURI(base + "graph/inferred"));
        Node created = builtAt(dsg, base);
        // Claim IRI to its triples, collected from the graph of the claim's source.
        Map<String, List<Triple>> claims = new TreeMap<>();
        inferred.find(Node.ANY, RDF.Nodes.type, VDKG.Claim.asNode())
                .forEachRemaining(t -> claims.put(t.getSubject().getURI(), new ArrayList<>()));
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (name.getURI().equals(base + "graph/inferred")) {
                return;
            }
            dsg.getGraph(name).find().forEachRemaining(t -> {
                String claim = t.getSubject().isURI() ? IriScheme.anyClaimOf(t.getSubject().getURI()) : null;
                if (claim != null && claims.containsKey(claim)) {
                    claims.get(claim).add(t);
                }
            });
        });
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        out.prefixes().putAll(dsg.prefixes());
        out.prefixes().add("np", NP);
        out.prefixes().add("prov", PROV.NS);
        out.prefixes().add("dcterms", DCTerms.NS);
        claims.forEach((claim, triples) -> add(out, claim, triples, base, created));
        return out;
    }

    private static void add(DatasetGraph out, String claim, List<Triple> triples, String base, Node created) {
        Node np = NodeFactory.createURI(claim + "/np");
        Node head = NodeFactory.createURI(claim + "/np#head");
        Node assertion = NodeFactory.createURI(claim + "/np#assertion");
        Node provenance = NodeFactory.createURI(claim + "/np#provenance");
        Node pubinfo = NodeFactory.createURI(claim + "/np#pubinfo");
        out.add(head, np, RDF.Nodes.type, NANOPUBLICATION);
        out.add(head, np, HAS_ASSERTION, assertion);
        out.add(head, np, HAS_PROVENANCE, provenance);
        out.add(head, np, HAS_PUBINFO, pubinfo);
        String citation = claim + "/citation";
        Node claimNode = NodeFactory.createURI(claim);
        for (Triple t : triples) {
            boolean cites = t.getSubject().getURI().equals(citation)
                    || (t.getSubject().equals(claimNode) && t.getPredicate().equals(PROV.wasDerivedFrom.asNode()));
            out.add(cites ? provenance : assertion, t.getSubject(), t.getPredicate(), t.getObject());
            if (t.getSubject().getURI().equals(citation) && t.getPredicate().equals(VDKG.source.asNode())) {
                out.add(provenance, assertion, PRIMARY_SOURCE, t.getObject());
            }
        }
        out.add(provenance, assertion, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(citation));
        out.add(pubinfo, np, DCTerms.creator.asNode(), NodeFactory.createURI(base + "about#curators"));
        out.add(pubinfo, np, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));
        if (created != null) {
            out.add(pubinfo, np, DCTerms.created.asNode(), created);
        }
    }

    /** The build time that graph/meta records ({@code <base> dcterms:modified}), or null. */
    private static Node builtAt(DatasetGraph dsg, String base) {
        Graph meta = dsg.getGraph(NodeFactory.createURI(base + "graph/meta"));
        return meta.find(NodeFactory.createURI(base), DCTerms.modified.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject)
                .map(o -> NodeFactory.createLiteralDT(o.getLiteralLexicalForm(), XSDDatatype.XSDdateTime))
                .orElse(null);
    }
}
