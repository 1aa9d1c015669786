package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;
import org.vdkg.vocab.IriScheme;

/**
 * The two views of the dataset in TriG of their own, read back by a fresh Jena parse (and rdflib where it can): the RDF
 * 1.2 reifiers of the shortcut triples ({@code /dumps/vdkg-reifiers.trig}, {@code vdkg export --format reifiers}) and
 * one nanopublication per claim ({@code /dumps/vdkg-nanopubs.trig}, {@code vdkg export --format nanopub}).
 */
class ReifiersAndNanopubsTest {

    private static final String B = IriScheme.DEFAULT_BASE;
    private static final String V = "https://w3id.org/vdkg/ontology#";
    private static final String NP = "http://www.nanopub.org/nschema#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final ServedCopy served = ServedCopy.shared();

    /**
     * Every triple of graph/inferred whose property has a derivation rule reading claims (the rule's WHERE binds
     * {@code ?claim}; the claim-index properties vdkg:mentions and vdkg:inSource aside) has at least one reifier, each
     * reifier names one claim that the main dump holds (or graph/entities, for a triple resting on entity records
     * only), every reified triple is in graph/inferred, and the dump is RDF 1.2: the reified triples are triple terms.
     */
    @Test
    void everyShortcutTripleHasAReifierNamingRealClaims() {
        Dataset main = dump("vdkg.trig");
        Dataset reifiers = dump("vdkg-reifiers.trig");
        Graph inferred = main.asDatasetGraph().getGraph(NodeFactory.createURI(B + "graph/inferred"));
        Graph r = reifiers.asDatasetGraph().getGraph(NodeFactory.createURI(B + "graph/reifiers"));
        assertFalse(r.isEmpty(), "the reifiers graph");
        Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
        Map<Triple, Set<Node>> claimsOf = new HashMap<>();
        r.find(Node.ANY, RDF.Nodes.reifies, Node.ANY).forEachRemaining(t -> {
            assertTrue(t.getObject().isTripleTerm(), "rdf:reifies names a triple term: " + t);
            List<Node> claims = r.find(t.getSubject(), wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toList();
            assertEquals(1, claims.size(), "one claim per reifier: " + t.getSubject());
            claimsOf.computeIfAbsent(t.getObject().getTriple(), k -> new HashSet<>()).addAll(claims);
        });
        Set<Node> claimsInMain = new HashSet<>();
        main.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.Nodes.type, NodeFactory.createURI(V + "Claim"))
                .forEachRemaining(q -> claimsInMain.add(q.getSubject()));
        Set<Node> shortcuts = claimReadingProperties(main);
        assertTrue(shortcuts.size() >= 10, "the claim-reading shortcut properties: " + shortcuts);
        int checked = 0;
        for (Node p : shortcuts) {
            for (Triple t : inferred.find(Node.ANY, p, Node.ANY).toList()) {
                assertTrue(claimsOf.containsKey(t), "a reifier for the shortcut triple " + t);
                checked++;
            }
        }
        assertTrue(checked > 100, "shortcut triples checked: " + checked);
        System.out.println("reified shortcut triples: " + claimsOf.size() + ", reifiers: " + r.size() / 2);
        long fromClaims = claimsOf.values().stream().filter(c -> c.stream().anyMatch(claimsInMain::contains)).count();
        System.out.println("resting on claims: " + fromClaims);
        assertTrue(fromClaims > claimsOf.size() / 2, "most shortcut triples rest on claims: " + fromClaims + " of " + claimsOf.size());
        for (Map.Entry<Triple, Set<Node>> e : claimsOf.entrySet()) {
            assertTrue(inferred.contains(e.getKey()), "a reified triple is in graph/inferred: " + e.getKey());
            for (Node claim : e.getValue()) {
                assertTrue(claimsInMain.contains(claim) || claim.getURI().equals(B + "graph/entities"),
                        "the claim " + claim + " is in the main dump (or the source is the entity records)");
            }
        }
    }

    /** One nanopublication per claim of the store, each with its four graphs, a non-empty assertion and its citation. */
    @Test
    void everyClaimIsANanopublicationWithItsFourGraphs() {
        long claims = sparqlCount("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <" + V + "Claim> }");
        assertTrue(claims > 0);
        DatasetGraph np = dump("vdkg-nanopubs.trig").asDatasetGraph();
        List<Node> heads = np.stream(Node.ANY, Node.ANY, RDF.Nodes.type, NodeFactory.createURI(NP + "Nanopublication"))
                .map(q -> q.getSubject()).toList();
        assertEquals(claims, heads.size(), "nanopublications = claims in the store");
        for (Node pub : heads) {
            Node assertion = one(np, pub, NP + "hasAssertion");
            Node provenance = one(np, pub, NP + "hasProvenance");
            Node info = one(np, pub, NP + "hasPublicationInfo");
            assertEquals(4, Set.of(assertion, provenance, info, head(np, pub)).size(), "four distinct graphs: " + pub);
            assertFalse(np.getGraph(assertion).isEmpty(), "a non-empty assertion: " + pub);
            Graph prov = np.getGraph(provenance);
            assertTrue(prov.contains(assertion, NodeFactory.createURI(PROV + "wasDerivedFrom"), Node.ANY), pub + " provenance");
            assertTrue(prov.contains(Node.ANY, NodeFactory.createURI(V + "source"), Node.ANY), pub + " names its source");
            assertTrue(prov.contains(Node.ANY, NodeFactory.createURI(V + "paragraph"), Node.ANY)
                    || prov.contains(Node.ANY, NodeFactory.createURI(V + "footnote"), Node.ANY), pub + " names paragraph or footnote");
            Graph pi = np.getGraph(info);
            assertTrue(pi.contains(pub, DCTerms.created.asNode(), Node.ANY), pub + " dcterms:created");
            assertTrue(pi.contains(pub, DCTerms.license.asNode(), Node.ANY), pub + " licence");
            assertTrue(pi.contains(pub, DCTerms.creator.asNode(), Node.ANY), pub + " creator");
            // The claim itself is asserted, with its type.
            Node claim = NodeFactory.createURI(pub.getURI().replaceFirst("/np$", ""));
            assertTrue(np.getGraph(assertion).contains(claim, RDF.Nodes.type, Node.ANY), pub + " asserts its claim");
        }
    }

    /**
     * The CLI writes the same nanopublications from a database of its own; rdflib reads them (RDF 1.1 TriG) and counts
     * the same graphs. The reifiers are read by Jena only: rdflib (Debian's 6.1) has no RDF 1.2 and stops at the first
     * {@code <<(}.
     */
    @Test
    void theCliWritesThemAndRdflibReadsTheNanopublications(@TempDir Path dir) throws Exception {
        String root = TestProject.copyInto(dir).root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());
        Path np = dir.resolve("np.trig");
        Cli.Run run = Cli.run("export", "--root", root, "--format", "nanopub", "--out", np.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset fromCli = DatasetFactory.create();
        RDFParser.source(np).lang(Lang.TRIG).parse(fromCli);
        long graphs = org.apache.jena.atlas.iterator.Iter.count(fromCli.asDatasetGraph().listGraphNodes());
        assertEquals(4 * sparqlCount("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <" + V + "Claim> }"), graphs);
        Cli.Run bad = Cli.run("export", "--root", root, "--format", "nanopubs");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("reifiers, nanopub"), bad.err());

        String python = Tools.python3With("rdflib", "python3-rdflib");
        Tools.Run counted = Tools.run(120, python, "-c",
                "import sys, rdflib; d = rdflib.Dataset(); d.parse(sys.argv[1], format='trig'); "
                        + "print(len([g for g in d.graphs() if len(g) > 0]))", np.toString());
        assertEquals(0, counted.exit(), counted.out());
        assertEquals(graphs, Long.parseLong(counted.out().strip().lines().reduce((a, b) -> b).orElse("")), counted.out());
    }

    private static Node one(DatasetGraph ds, Node pub, String property) {
        List<Node> o = ds.stream(Node.ANY, pub, NodeFactory.createURI(property), Node.ANY).map(q -> q.getObject()).toList();
        assertEquals(1, o.size(), pub + " " + property);
        return o.get(0);
    }

    private static Node head(DatasetGraph ds, Node pub) {
        return ds.find(Node.ANY, pub, RDF.Nodes.type, Node.ANY).next().getGraph();
    }

    /** Shortcut properties whose derivation rule binds ?claim and whose template does not name it. */
    private static Set<Node> claimReadingProperties(Dataset main) {
        Set<Node> props = new HashSet<>();
        Graph ontology = main.asDatasetGraph().getGraph(NodeFactory.createURI(B + "graph/ontology"));
        ontology.find(Node.ANY, NodeFactory.createURI(V + "derivation"), Node.ANY).forEachRemaining(t -> {
            String rule = t.getObject().getLiteralLexicalForm();
            String template = rule.substring(rule.indexOf("CONSTRUCT"), rule.indexOf("WHERE"));
            if (rule.contains("?claim") && !template.contains("?claim")) {
                props.add(t.getSubject());
            }
        });
        return props;
    }

    private Dataset dump(String name) {
        HttpResponse<String> r = Http.get(served.base() + "dumps/" + name, "*/*");
        assertEquals(200, r.statusCode(), name);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"), name);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.body(), Lang.TRIG).parse(ds);
        return ds;
    }

    private long sparqlCount(String select) {
        try (QueryExecution qe = QueryExecution.service(served.sparql()).query(select).build()) {
            QuerySolution s = qe.execSelect().next();
            return s.getLiteral("n").getLong();
        }
    }
}
