package org.vdkg.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.PatternVars;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.vocab.VDKG;

/**
 * Runs the derivation rules of the ontology: for every {@code ?p vdkg:derivation ?sparql} in the
 * ontology graph, executes the CONSTRUCT over the union of all graphs and collects the results as
 * the inferred graph, together with the ontology's own semantics ({@link #SEMANTICS}). Rules run
 * in rounds until nothing new appears, so a rule may build on another rule's output; after the first round a rule
 * reads only the triples the round before found ({@link SemiNaiveRule}). The name keys ({@link NameKeys}) are added beside them: SPARQL cannot compute them.
 */
public final class DerivedGraphBuilder {

    private static final int MAX_ROUNDS = 20;

    /**
     * The ontology's own semantics, run beside the shortcut rules: the class and property hierarchies, inverse,
     * symmetric and transitive properties. Materialising them lets a query ask {@code ?x a vdkg:Actor} instead of
     * walking {@code rdfs:subClassOf*}, on the stock Fuseki server too, with no reasoner at query time. The path
     * comes first where it is the small side: the engine evaluates patterns in the order written, and walking the
     * class hierarchy once is cheaper than walking it again for every typed node.
     */
    static final List<String> SEMANTICS = List.of(
            """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?x a ?super }
            WHERE { ?c rdfs:subClassOf+ ?super . FILTER (isIRI(?super) && ?super != ?c) ?x a ?c }""",
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
     * Derives the inferred graph in memory, for callers that hold the curated graphs themselves.
     *
     * @param graphs the named graphs of the curated dataset (name to graph); read only
     * @param ontologyGraphName the name of the graph holding the rules
     */
    public static Outcome derive(Map<String, Graph> graphs, String ontologyGraphName) {
        Graph ontology = graphs.get(ontologyGraphName);
        if (ontology == null) {
            return new Outcome(ModelFactory.createDefaultModel(), new ArrayList<>());
        }
        // One graph of every curated triple: a union of one graph per source would look in every graph for each
        // pattern, and derivation would grow with sources x triples.
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        for (Node n : List.of(CURATED, INFERRED)) {
            store.addGraph(n, GraphFactory.createDefaultGraph());
        }
        store.addGraph(ONTOLOGY, ontology);
        Graph curated = store.getGraph(CURATED);
        graphs.forEach((name, g) -> {
            if (!name.equals(ontologyGraphName)) {
                GraphUtil.addInto(curated, g);
            }
        });
        List<Problem> problems = derive(store, ONTOLOGY, INFERRED);
        Graph inferred = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(inferred, store.getGraph(INFERRED));
        return new Outcome(ModelFactory.createModelForGraph(inferred), problems);
    }

    /**
     * Derives the inferred graph from the named graphs of {@code store} and adds it to {@code store} as graph
     * {@code inferredName}, holding in memory only what one rule finds at a time and what the rounds after the first
     * find (far less than the first): the build runs it inside the write transaction of the new TDB2 database, so
     * that no copy of the data is held in memory (issue 20).
     *
     * @param store the curated named graphs; reads their union and writes graph {@code inferredName}
     * @param ontologyName the graph of {@code store} holding the rules
     * @return a problem for every rule that is not a valid CONSTRUCT query (the others still ran)
     */
    public static List<Problem> derive(DatasetGraph store, Node ontologyName, Node inferredName) {
        List<Problem> problems = new ArrayList<>();
        List<SemiNaiveRule> rules = new ArrayList<>();
        for (Rule rule : rules(ModelFactory.createModelForGraph(store.getGraph(ontologyName)))) {
            try {
                Query q = QueryFactory.create(rule.sparql());
                if (!q.isConstructType()) {
                    problems.add(problem(rule, "is a " + q.queryType() + " query, not a CONSTRUCT"));
                } else {
                    rules.add(new SemiNaiveRule(q, skippingDeprecated(q)));
                }
            } catch (QueryParseException e) {
                problems.add(problem(rule, "is not valid SPARQL: " + e.getMessage().replace('\n', ' ')));
            }
        }
        SEMANTICS.forEach(rule -> rules.add(new SemiNaiveRule(QueryFactory.create(rule), null)));
        // Everything known: the curated graphs and what was derived so far.
        Graph all = store.getUnionGraph();
        Graph inferred = store.getGraph(inferredName);
        // Round 1 reads everything; each later round reads only what the round before found (semi-naive), and
        // there is no later round when no rule reads a predicate of what was found. What round 1 found is all of
        // graph/inferred at its end, so round 2 reads that graph of the store as its delta (a superset once round 2
        // adds to it, which is still right); only what later rounds find, far less, is also kept in memory.
        Graph delta = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Graph next = round == 0 ? null : GraphFactory.createDefaultGraph();
            Set<Node> predicates = new HashSet<>();
            DatasetGraph view = DatasetGraphFactory.createGeneral(all);
            if (delta != null) {
                delta.find().forEachRemaining(t -> predicates.add(t.getPredicate()));
                view.addGraph(DELTA, delta);
            }
            for (SemiNaiveRule rule : rules) {
                List<Op> forms = round == 0 ? null : rule.overDelta(predicates, DELTA);
                if (forms == null) {
                    Graph found = GraphFactory.createDefaultGraph();
                    try (QueryExecution qe = QueryExecution.create(rule.query(), DatasetFactory.wrap(view))) {
                        qe.execConstructTriples().forEachRemaining(t -> keepNew(t, all, found));
                    }
                    add(found, inferred, next);
                    continue;
                }
                for (Op form : forms) {
                    Graph found = GraphFactory.createDefaultGraph();
                    QueryIterator rows = Algebra.exec(Algebra.optimize(form), view);
                    try {
                        TemplateLib.calcTriples(rule.query().getConstructTemplate().getTriples(), rows)
                            .forEachRemaining(t -> keepNew(t, all, found));
                    } finally {
                        rows.close();
                    }
                    add(found, inferred, next);
                }
            }
            delta = round == 0 ? inferred : next;
            if (delta.isEmpty()) {
                break;
            }
        }
        // The name keys: SPARQL cannot compute them. Keys of the curated graphs only, as before the rules ran.
        NameKeys.derive(store, ontologyName, inferredName);
        return problems;
    }

    /**
     * Adds what one rule found to the derived graph and to the next round's delta (none in round 1); only after the
     * rule's iterator is closed, as a store may not change under an open iterator.
     */
    private static void add(Graph found, Graph inferred, Graph next) {
        GraphUtil.addInto(inferred, found);
        if (next != null) {
            GraphUtil.addInto(next, found);
        }
    }

    /**
     * A shortcut between entities is drawn only from claims that are not deprecated: a rule that matches a claim as
     * {@code ?claim} and drops it from its result gets a filter that skips claims ranked deprecated (returned here, or
     * null for a rule that needs none). Rules that keep the claim in their result (what a claim mentions, which source
     * it is in) still see every claim. The rank is matched by the end of its IRI so that a database built under
     * another base is filtered alike. The filter reads only curated ranks, which no rule derives, so it does not stop
     * the rule from being evaluated over each round's new triples alone ({@link SemiNaiveRule}).
     */
    static Expr skippingDeprecated(Query rule) {
        boolean matchesClaim = PatternVars.vars(rule.getQueryPattern()).contains(CLAIM);
        boolean keepsClaim = rule.getConstructTemplate().getTriples().stream()
            .anyMatch(t -> CLAIM.equals(t.getSubject()) || CLAIM.equals(t.getObject()));
        return !matchesClaim || keepsClaim ? null : new E_NotExists(((ElementGroup) QueryFactory.create("""
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            ASK { ?claim vdkg:claimRank ?rank . FILTER (STRENDS(STR(?rank), "/concept/rank/deprecated")) }""")
            .getQueryPattern()));
    }

    private static final Var CLAIM = Var.alloc("claim");

    /** The graph name under which a round's rules see what the round before found. */
    private static final Node DELTA = NodeFactory.createURI("urn:vdkg:derivation:delta");
    /** The names of the in-memory derivation's graphs. */
    private static final Node CURATED = NodeFactory.createURI("urn:vdkg:derivation:curated");
    private static final Node ONTOLOGY = NodeFactory.createURI("urn:vdkg:derivation:ontology");
    private static final Node INFERRED = NodeFactory.createURI("urn:vdkg:derivation:inferred");

    /** Adds {@code t} to {@code found} unless it is known already; CONSTRUCT drops the same non-RDF triples. */
    private static void keepNew(Triple t, Graph known, Graph found) {
        if (t.isConcrete() && !t.getSubject().isLiteral() && t.getPredicate().isURI() && !known.contains(t)) {
            found.add(t);
        }
    }

    private static Problem problem(Rule rule, String what) {
        return org.vdkg.problem.Rule.BAD_RDF.problem(Position.ofFile("ontology/"),
                "the derivation rule of <" + rule.property() + "> " + what,
                "correct the vdkg:derivation annotation of that property");
    }
}
