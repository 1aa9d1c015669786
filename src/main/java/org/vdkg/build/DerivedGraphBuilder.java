package org.vdkg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.PatternVars;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.vocab.VDKG;

/**
 * Runs the derivation rules of the ontology: for every {@code ?p vdkg:derivation ?sparql} in the
 * ontology graph, executes the CONSTRUCT over the union of all graphs and collects the results as
 * the inferred graph, together with the ontology's own semantics ({@link #SEMANTICS}). Rules run
 * in rounds until nothing new appears, so a rule may build on
 * another rule's output. The name keys ({@link NameKeys}) are added beside them: SPARQL cannot compute them.
 */
public final class DerivedGraphBuilder {

    private static final int MAX_ROUNDS = 20;

    /**
     * The ontology's own semantics, run beside the shortcut rules: the class and property hierarchies, inverse,
     * symmetric and transitive properties. Materialising them lets a query ask {@code ?x a vdkg:Actor} instead of
     * walking {@code rdfs:subClassOf*}, on the stock Fuseki server too, with no reasoner at query time.
     */
    static final List<String> SEMANTICS = List.of(
            """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?x a ?super }
            WHERE { ?x a ?c . ?c rdfs:subClassOf+ ?super . FILTER (isIRI(?super) && ?super != ?c) }""",
            """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?s ?super ?o }
            WHERE { ?p rdfs:subPropertyOf+ ?super . FILTER (isIRI(?super) && ?super != ?p) ?s ?p ?o }""",
            """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            CONSTRUCT { ?o ?q ?s }
            WHERE { { ?p owl:inverseOf ?q } UNION { ?q owl:inverseOf ?p } ?s ?p ?o . FILTER (!isLiteral(?o)) }""",
            """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            CONSTRUCT { ?o ?p ?s } WHERE { ?p a owl:SymmetricProperty . ?s ?p ?o . FILTER (!isLiteral(?o)) }""",
            """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            CONSTRUCT { ?s ?p ?o } WHERE { ?p a owl:TransitiveProperty . ?s ?p ?m . ?m ?p ?o }""");

    /** One rule: the property it derives and its CONSTRUCT query. */
    public record Rule(String property, String sparql) {
    }

    /** The derived triples, and a problem for every rule that is not a valid CONSTRUCT query. */
    public record Outcome(Model inferred, List<Problem> problems) {
    }

    private DerivedGraphBuilder() {
    }

    /** The rules stated in {@code ontology}, sorted by property IRI. */
    public static List<Rule> rules(Model ontology) {
        List<Rule> rules = new ArrayList<>();
        for (Statement st : ontology.listStatements(null, VDKG.derivation, (String) null).toList()) {
            String subject = st.getSubject().isURIResource() ? st.getSubject().getURI() : st.getSubject().toString();
            rules.add(new Rule(subject, st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : st.getObject().toString()));
        }
        rules.sort((a, b) -> a.property().compareTo(b.property()));
        return rules;
    }

    /**
     * Derives the inferred graph.
     *
     * @param graphs the named graphs of the curated dataset (name to graph); read only
     * @param ontologyGraphName the name of the graph holding the rules
     */
    public static Outcome derive(Map<String, Graph> graphs, String ontologyGraphName) {
        List<Problem> problems = new ArrayList<>();
        Graph ontology = graphs.get(ontologyGraphName);
        if (ontology == null) {
            return new Outcome(ModelFactory.createDefaultModel(), problems);
        }
        List<Query> queries = new ArrayList<>();
        for (Rule rule : rules(ModelFactory.createModelForGraph(ontology))) {
            try {
                Query q = QueryFactory.create(rule.sparql());
                if (!q.isConstructType()) {
                    problems.add(problem(rule, "is a " + q.queryType() + " query, not a CONSTRUCT"));
                } else {
                    queries.add(skippingDeprecated(q));
                }
            } catch (QueryParseException e) {
                problems.add(problem(rule, "is not valid SPARQL: " + e.getMessage().replace('\n', ' ')));
            }
        }
        SEMANTICS.forEach(rule -> queries.add(QueryFactory.create(rule)));
        Graph inferred = GraphFactory.createDefaultGraph();
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        graphs.forEach((name, g) -> named.addGraph(NodeFactory.createURI(name), g));
        Node inferredName = NodeFactory.createURI(ontologyGraphName + "#derivation-rounds");
        named.addGraph(inferredName, inferred);
        // The default graph is one merged copy of the curated triples plus the growing inferred graph. A union
        // view over the named graphs would look in every graph for each triple pattern, and with one graph
        // per source that made derivation grow with sources x triples (the bench: 1 min at 600k triples, over
        // 9 min at 1.8M). Union still answers each triple once, as the dataset's union graph does.
        Graph merged = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(merged::add));
        DatasetGraph view = DatasetGraphFactory.create(new org.apache.jena.graph.compose.Union(merged, inferred));
        named.listGraphNodes().forEachRemaining(n -> view.addGraph(n, named.getGraph(n)));
        Dataset ds = DatasetFactory.wrap(view);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long before = inferred.size();
            Graph found = GraphFactory.createDefaultGraph();
            for (Query q : queries) {
                try (QueryExecution qe = QueryExecution.create(q, ds)) {
                    qe.execConstruct().getGraph().find().forEachRemaining(found::add);
                }
            }
            found.find().forEachRemaining(inferred::add);
            if (inferred.size() == before) {
                break;
            }
        }
        NameKeys.derive(graphs, ontologyGraphName, inferred);
        // Keep only what is new: a triple some curated graph already states is not derived knowledge.
        graphs.values().forEach(g -> g.find().forEachRemaining(inferred::delete));
        return new Outcome(ModelFactory.createModelForGraph(inferred), problems);
    }

    /**
     * A shortcut between entities is drawn only from claims that are not deprecated: a rule that matches a claim as
     * {@code ?claim} and drops it from its result gets a filter that skips claims ranked deprecated. Rules that keep
     * the claim in their result (what a claim mentions, which source it is in) still see every claim. The rank is
     * matched by the end of its IRI so that a database built under another base is filtered alike.
     */
    static Query skippingDeprecated(Query rule) {
        boolean matchesClaim = PatternVars.vars(rule.getQueryPattern()).contains(CLAIM);
        boolean keepsClaim = rule.getConstructTemplate().getTriples().stream()
            .anyMatch(t -> CLAIM.equals(t.getSubject()) || CLAIM.equals(t.getObject()));
        if (!matchesClaim || keepsClaim) {
            return rule;
        }
        ElementGroup filtered = new ElementGroup();
        filtered.addElement(rule.getQueryPattern());
        filtered.addElement(NOT_DEPRECATED);
        Query copy = rule.cloneQuery();
        copy.setQueryPattern(filtered);
        return copy;
    }

    private static final Var CLAIM = Var.alloc("claim");

    private static final Element NOT_DEPRECATED = ((ElementGroup) QueryFactory.create("""
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            SELECT * WHERE {
              FILTER NOT EXISTS { ?claim vdkg:claimRank ?rank . FILTER (STRENDS(STR(?rank), "/concept/rank/deprecated")) }
            }""").getQueryPattern()).get(0);

    private static Problem problem(Rule rule, String what) {
        return org.vdkg.problem.Rule.BAD_RDF.problem(Position.ofFile("ontology/"),
                "the derivation rule of <" + rule.property() + "> " + what,
                "correct the vdkg:derivation annotation of that property");
    }
}
