package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.build.DerivedGraphBuilder;

/** Every shortcut property has a CONSTRUCT rule, and the rules derive the expected edges from the valid fixture. */
class DerivationRulesTest {
    private static final String ID = "https://w3id.org/vdkg/id/";
    private static Model ontology;
    private static Property derivation;

    /** Shortcut relations that docs/model.md requires, plus the ORG reading of partOf and the claim index (mentions, inSource). */
    private static final Set<String> SHORTCUTS = Set.of("providedAidTo", "receivedAidFrom", "trained", "cooperatedWith",
        "hasRelationsWith", "alliedWith", "memberOf", "partOf", "subOrganisationOf", "locatedIn", "visited", "accompanied",
        "requestedFrom", "heldPositionIn", "renamedAs", "participatedIn", "ofState", "actingState", "stateProvidedAidTo",
        "sameCountryAs", "mentions", "inSource");

    /** Expected edges on src/test/resources/shapes/valid-claims.ttl, as "subject object" with short IRIs (the claim index apart). */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
        Map.entry("providedAidTo", Set.of("org/soviet-union org/mps")),
        Map.entry("receivedAidFrom", Set.of("org/mps org/soviet-union")),
        Map.entry("trained", Set.of("org/kgb org/ppsf", "org/kgb person/bui-thien-ngo")),
        Map.entry("cooperatedWith", Set.of("org/mps org/kgb", "org/kgb org/mps", "org/china org/dr-vietnam",
            "org/dr-vietnam org/china", "org/vpa org/pla", "org/pla org/vpa")),
        Map.entry("hasRelationsWith", Set.of("org/china org/dr-vietnam", "org/dr-vietnam org/china")),
        Map.entry("alliedWith", Set.of("org/dr-vietnam org/laos", "org/laos org/dr-vietnam")),
        Map.entry("memberOf", Set.of("org/mps org/interpol")),
        Map.entry("partOf", Set.of("org/ppsf org/mps", "org/politburo org/central-committee", "org/central-committee org/cpv",
            "org/politburo org/cpv", "org/pla org/china")),
        // A part-of claim whose whole is a State gives a state, not a body above; the entity's parent: counts.
        Map.entry("subOrganisationOf", Set.of("org/ppsf org/mps", "org/politburo org/central-committee",
            "org/central-committee org/cpv", "org/fire-police org/ppsf")),
        Map.entry("ofState", Set.of("org/pla org/china")),
        // States act for themselves; bodies for their own state (asserted or derived) and that of the bodies above.
        Map.entry("actingState", Set.of("org/soviet-union org/soviet-union", "org/china org/china",
            "org/dr-vietnam org/dr-vietnam", "org/laos org/laos", "org/vietnam org/vietnam", "org/mps org/vietnam",
            "org/kgb org/soviet-union", "org/pla org/china", "org/ppsf org/vietnam", "org/fire-police org/vietnam")),
        Map.entry("stateProvidedAidTo", Set.of("org/soviet-union org/vietnam")),
        Map.entry("sameCountryAs", Set.of("org/dr-vietnam org/vietnam", "org/vietnam org/dr-vietnam")),
        Map.entry("locatedIn", Set.of("place/hoa-an place/cao-bang", "place/cao-bang org/dr-vietnam", "place/hoa-an org/dr-vietnam")),
        Map.entry("visited", Set.of("person/ho-chi-minh place/beijing", "person/ho-chi-minh place/moscow")),
        Map.entry("accompanied", Set.of("person/vo-nguyen-giap person/ho-chi-minh")),
        Map.entry("requestedFrom", Set.of("org/mps org/kgb")),
        Map.entry("heldPositionIn", Set.of("person/bui-thien-ngo org/ministry-of-home-affairs")),
        Map.entry("renamedAs", Set.of("org/ministry-of-home-affairs org/mps")),
        Map.entry("participatedIn", Set.of("org/vpa event/border-campaign", "org/pla event/border-campaign",
            "org/french-forces event/border-campaign", "org/dr-vietnam event/joint-conference-1951",
            "org/vietnam-propaganda-liberation-army event/rescue")));

    @BeforeAll
    static void load() {
        ontology = OntologyFiles.ontology();
        derivation = ontology.createProperty(OntologyFiles.NS + "derivation");
    }

    private static Map<String, Query> rules() {
        Map<String, Query> rules = new TreeMap<>();
        for (Statement s : ontology.listStatements(null, derivation, (String) null).toList()) {
            rules.put(s.getSubject().getLocalName(), QueryFactory.create(s.getString()));
        }
        return rules;
    }

    private static Set<String> edges(Model m, String property) {
        return m.listStatements(null, m.createProperty(OntologyFiles.NS + property), (org.apache.jena.rdf.model.RDFNode) null)
            .toList().stream().map(st -> shorten(st.getSubject()) + " " + shorten(st.getResource()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String shorten(Resource r) {
        return r.getURI().startsWith(ID) ? r.getURI().substring(ID.length()) : r.getURI();
    }

    @Test
    void everyShortcutHasAConstructRuleThatEmitsOnlyItsOwnProperty() {
        Map<String, Query> rules = rules();
        assertEquals(new TreeSet<>(SHORTCUTS), rules.keySet());
        for (var rule : rules.entrySet()) {
            Query q = rule.getValue();
            assertTrue(q.isConstructType(), rule.getKey() + " is not a CONSTRUCT");
            for (Triple t : q.getConstructTemplate().getTriples()) {
                assertEquals(OntologyFiles.NS + rule.getKey(), t.getPredicate().getURI(), rule.getKey() + " emits another predicate");
            }
            Resource p = ontology.createResource(OntologyFiles.NS + rule.getKey());
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty), rule.getKey() + " is not an object property");
        }
    }

    /**
     * Every rule's edges on the valid fixture. The builder runs the rules over the union of all graphs, ontology included,
     * in rounds until nothing new appears, so that a rule may read another's output (actingState reads ofState and
     * subOrganisationOf).
     */
    private static Map<String, Set<String>> derivedFromTheValidFixture() {
        Model union = OntologyFiles.load(OntologyFiles.ONTOLOGY, OntologyFiles.VALID_FIXTURE);
        long size;
        do {
            size = union.size();
            Model round = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            for (Query q : rules().values()) {
                try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
                    round.add(qe.execConstruct());
                }
            }
            union.add(round);
        } while (union.size() > size);
        Map<String, Set<String>> derived = new TreeMap<>();
        for (var rule : rules().entrySet()) {
            Model out;
            try (QueryExecution qe = QueryExecution.model(union).query(rule.getValue()).build()) {
                out = qe.execConstruct();
            }
            derived.put(rule.getKey(), out.listStatements().toList().stream()
                .map(s -> shorten(s.getSubject()) + " " + shorten(s.getResource()))
                .collect(Collectors.toCollection(TreeSet::new)));
        }
        return derived;
    }

    @Test
    void rulesDeriveTheExpectedEdgesFromTheValidFixture() {
        Map<String, Set<String>> derived = derivedFromTheValidFixture();
        for (String p : EXPECTED.keySet()) {
            assertEquals(new TreeSet<>(EXPECTED.get(p)), derived.get(p), "edges derived by vdkg:" + p);
        }
    }

    @Test
    void claimIndexPutsEveryClaimInItsSourceAndMentionsEntitiesThroughSubNodes() {
        Model union = OntologyFiles.load(OntologyFiles.ONTOLOGY, OntologyFiles.VALID_FIXTURE);
        Set<String> claims = new TreeSet<>();
        String q = "PREFIX vdkg: <" + OntologyFiles.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT DISTINCT ?c { ?c a/rdfs:subClassOf+ vdkg:Claim }";
        try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
            qe.execSelect().forEachRemaining(row -> claims.add(shorten(row.getResource("c"))));
        }
        assertTrue(claims.size() > 20, "the fixture has only " + claims.size() + " claims");
        // vdkg:mentions reads the superclass types the builder materialises, so it runs as the builder runs it
        Map<String, Graph> graphs = new TreeMap<>();
        graphs.put("urn:g:ontology", OntologyFiles.ontology().getGraph());
        graphs.put("urn:g:fixture", OntologyFiles.load(OntologyFiles.VALID_FIXTURE).getGraph());
        DerivedGraphBuilder.Outcome built = DerivedGraphBuilder.derive(graphs, "urn:g:ontology");
        assertTrue(built.problems().isEmpty(), built.problems().toString());
        Set<String> inSource = edges(built.inferred(), "inSource");
        assertEquals(claims.stream().map(c -> c + " source/fixture").collect(Collectors.toCollection(TreeSet::new)), inSource,
            "every claim, and nothing else, in the fixture's source");
        assertEquals(inSource, derivedFromTheValidFixture().get("inSource"), "the rule alone gives the same");

        Set<String> mentions = edges(built.inferred(), "mentions");
        // directly, and through the sub-nodes: an item line, destinations, a participation
        for (String edge : List.of("claim/fixture/aid org/soviet-union", "claim/fixture/aid item/walkie-talkie",
                "claim/fixture/visit place/beijing", "claim/fixture/visit place/moscow", "claim/fixture/operation org/vpa",
                "claim/fixture/operation place/cao-bang", "claim/fixture/aid project/orient")) {
            assertTrue(mentions.contains(edge), "vdkg:mentions lacks " + edge);
        }
        for (String edge : mentions) {
            String[] so = edge.split(" ");
            assertTrue(claims.contains(so[0]), "a non-claim mentions something: " + edge);
            // concepts, sources, cited works, other claims and sub-nodes are not entities
            assertTrue(so[1].matches("(person|org|place|event|document|project|item)/[a-z0-9-]+"), "not an entity: " + edge);
        }
        assertFalse(mentions.contains("claim/fixture/aid claim/fixture/request"), "a claim-to-claim link is not a mention");
        assertTrue(claims.stream().filter(c -> !c.startsWith("claim/fixture/")).toList().isEmpty(), "claims are under claim/");
    }

    @Test
    void symmetricAndTransitiveCharacteristicsMatchTheRules() {
        Set<String> symmetric = Stream.of("cooperatedWith", "hasRelationsWith", "alliedWith", "sameCountryAs")
            .collect(Collectors.toSet());
        Set<String> transitive = Set.of("partOf", "locatedIn");
        for (String p : SHORTCUTS) {
            Resource r = ontology.createResource(OntologyFiles.NS + p);
            assertEquals(symmetric.contains(p), ontology.contains(r, RDF.type, OWL.SymmetricProperty), p + " symmetric");
            assertEquals(transitive.contains(p), ontology.contains(r, RDF.type, OWL.TransitiveProperty), p + " transitive");
        }
        Resource received = ontology.createResource(OntologyFiles.NS + "receivedAidFrom");
        assertTrue(ontology.contains(received, OWL.inverseOf, ontology.createResource(OntologyFiles.NS + "providedAidTo")));
        for (String p : symmetric) {
            for (String edge : EXPECTED.get(p)) {
                String[] so = edge.split(" ");
                assertTrue(EXPECTED.get(p).contains(so[1] + " " + so[0]), p + " is symmetric but lacks the reverse of " + edge);
            }
        }
        assertFalse(EXPECTED.get("cooperatedWith").contains("org/vpa org/french-forces"), "adversaries do not cooperate");
    }
}
