package org.vdkg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.Template;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.build.DerivedGraphBuilder;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;

/**
 * The RDF 1.2 reifiers of the shortcut triples: for every triple of graph/inferred whose property has a derivation rule
 * that reads claims (its WHERE binds {@code ?claim}), one reifier per source, {@code <claim#shortcut-H> rdf:reifies
 * <<( s p o )>> ; prov:wasDerivedFrom <claim>}; a triple that rests on curated entity records and no claim (a body's
 * {@code part_of}, a place's {@code within}) is derived from {@code graph/entities} instead. The reifier's IRI is a
 * fragment of its source's IRI (H hashes the triple), so it is the same in every build of the same data and
 * dereferences to the claim's page. Rules whose template names the claim itself (vdkg:mentions, vdkg:inSource) are
 * left out: such a triple already names its claim.
 */
public final class ShortcutReifiers {

    private static final Var CLAIM = Var.alloc("claim");
    private static final int MAX_ROUNDS = 20;

    private ShortcutReifiers() {
    }

    /**
     * Each shortcut triple of {@code dsg}'s graph/inferred with what it was derived from: the claims its rule read, or
     * graph/entities; call in a read transaction.
     */
    public static Map<Triple, Set<String>> derivations(DatasetGraph dsg) {
        String base = DatasetExporter.base(dsg);
        String records = base + "graph/entities";
        Graph inferred = dsg.getGraph(NodeFactory.createURI(base + "graph/inferred"));
        Graph ontology = dsg.getGraph(NodeFactory.createURI(base + "graph/ontology"));
        Graph union = dsg.getUnionGraph();
        Map<Triple, Set<String>> found = new TreeMap<>(ShortcutReifiers::compare);
        Set<Node> properties = new HashSet<>();
        for (DerivedGraphBuilder.Rule rule : DerivedGraphBuilder.rules(ModelFactory.createModelForGraph(ontology))) {
            Query construct = QueryFactory.create(rule.sparql());
            Template template = construct.getConstructTemplate();
            if (!construct.isConstructType() || !PatternVars.vars(construct.getQueryPattern()).contains(CLAIM)
                    || template.getTriples().stream().anyMatch(t -> mentions(t, CLAIM))) {
                continue;
            }
            properties.add(NodeFactory.createURI(rule.property()));
            // The rule's own WHERE as a SELECT *: the template instantiated per row, with the row's claim.
            Query select = construct.cloneQuery();
            select.setQuerySelectType();
            select.setQueryResultStar(true);
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(union)).query(select).build()) {
                exec.select().forEachRemaining(row -> add(row, template.getTriples(), inferred, records, found));
            }
        }
        // The ontology's semantics extend the rules: a chain of a transitive property rests on every link's sources.
        for (Node p : properties) {
            if (ontology.contains(p, RDF.Nodes.type, OWL.TransitiveProperty.asNode())) {
                chain(p, union, inferred, records, found);
            }
        }
        // What is left came through the semantics (a sub-property, an inverse) from curated entity records alone.
        for (Node p : properties) {
            inferred.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Set<String> sources = found.computeIfAbsent(t, k -> new TreeSet<>());
                if (sources.isEmpty()) {
                    sources.add(records);
                }
            });
        }
        return found;
    }

    /** The reifiers as one graph (with the prefixes of {@code dsg}); call in a read transaction. */
    public static Graph graph(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.prefixes().forEach((prefix, uri) -> g.getPrefixMapping().setNsPrefix(prefix, uri));
        g.getPrefixMapping().setNsPrefix("rdf", RDF.getURI()).setNsPrefix("prov", PROV.NS).setNsPrefix("vdkg", VDKG.NS);
        derivations(dsg).forEach((triple, sources) -> {
            Node term = NodeFactory.createTripleTerm(triple);
            String hash = hash(triple);
            for (String source : sources) {
                Node reifier = NodeFactory.createURI(source + "#shortcut-" + hash);
                g.add(reifier, RDF.Nodes.reifies, term);
                g.add(reifier, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(source));
            }
        });
        return g;
    }

    private static void add(Binding row, List<Triple> template, Graph inferred, String records,
            Map<Triple, Set<String>> found) {
        Node claim = row.get(CLAIM);
        // A row without a claim comes from a rule's branch over curated links (org:subOrganizationOf).
        String source = claim != null && claim.isURI() ? claim.getURI() : records;
        for (Triple t : template) {
            Triple made = Triple.create(value(t.getSubject(), row), value(t.getPredicate(), row), value(t.getObject(), row));
            if (made.isConcrete() && inferred.contains(made)) {
                found.computeIfAbsent(made, k -> new TreeSet<>()).add(source);
            }
        }
    }

    /** Gives every derived {@code s p o} of a transitive {@code p} the sources of the links {@code s p m}, {@code m p o}. */
    private static void chain(Node p, Graph union, Graph inferred, String records, Map<Triple, Set<String>> found) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean grew = false;
            for (Triple t : inferred.find(Node.ANY, p, Node.ANY).toList()) {
                for (Triple first : union.find(t.getSubject(), p, Node.ANY).toList()) {
                    Triple second = Triple.create(first.getObject(), p, t.getObject());
                    if (first.equals(t) || !union.contains(second)) {
                        continue;
                    }
                    Set<String> sources = found.computeIfAbsent(t, k -> new TreeSet<>());
                    grew |= sources.addAll(sourcesOf(first, inferred, records, found));
                    grew |= sources.addAll(sourcesOf(second, inferred, records, found));
                }
            }
            if (!grew) {
                return;
            }
        }
    }

    /** A derived link's sources so far, or graph/entities for a curated one. */
    private static Set<String> sourcesOf(Triple link, Graph inferred, String records, Map<Triple, Set<String>> found) {
        return inferred.contains(link) ? found.getOrDefault(link, Set.of()) : Set.of(records);
    }

    private static boolean mentions(Triple t, Var v) {
        return v.equals(t.getSubject()) || v.equals(t.getPredicate()) || v.equals(t.getObject());
    }

    private static Node value(Node n, Binding row) {
        return n.isVariable() && row.contains(Var.alloc(n)) ? row.get(Var.alloc(n)) : n;
    }

    private static int compare(Triple a, Triple b) {
        return NodeFmtLib.str(a).compareTo(NodeFmtLib.str(b));
    }

    private static String hash(Triple t) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(NodeFmtLib.str(t).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
