package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.network.ActorNetwork;
import org.vdkg.network.NetworkReader;
import org.vdkg.support.BuiltDatabase;

/**
 * The database built from the real data is connected, multilingual and says where outside knowledge comes from:
 * every body acts for a state or says why not, every Vietnamese entity has a Vietnamese label unless its note says
 * why the form is not certain, Vietnam is found under both of its names, and questions at the level of states have
 * answers. The counts are printed for the record.
 */
class ConnectedGraphTest {

    private static final String PREFIXES = """
        PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX org: <https://w3id.org/vdkg/id/org/>
        PREFIX claim: <https://w3id.org/vdkg/id/claim/>
        """;
    private static final String ID = "https://w3id.org/vdkg/id/";

    /**
     * Vietnamese (or jointly Vietnamese) entities without a Vietnamese label, and why: foreign people whose names
     * Vietnamese writes as in English, and entities whose Vietnamese form the curators could not make certain. Each
     * must say so in its note.
     */
    private static final Set<String> WITHOUT_VI = Set.of(
        "person/william-shaw", "person/claire-lee-chennault", "person/allison-k-thomas",
        "org/security-officer-school", "org/college-of-fire-prevention-and-fighting",
        "place/ha-dong-transmitter-center", "place/quang-binh-positioning-station",
        "place/dien-bien-phu-positioning-station", "event/cao-bang-guangxi-border-campaign",
        "event/joint-conference-1951", "project/project-orient", "project/project-75810", "project/project-75812",
        "project/project-75822", "project/project-75391");

    private static Model union;

    @BeforeAll
    static void load() {
        union = BuiltDatabase.union();
    }

    private static List<QuerySolution> select(String body) {
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + body).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static Set<String> ids(String body, String var) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution row : select(body)) {
            out.add(row.getResource(var).getURI().substring(ID.length()));
        }
        return out;
    }

    @Test
    void everyBodyActsForAStateOrSaysWhyNot() {
        String bodies = "SELECT DISTINCT ?o WHERE { ?o a vdkg:Organisation . FILTER NOT EXISTS { ?o a vdkg:State } ";
        Set<String> all = ids(bodies + "}", "o");
        Set<String> withState = ids(bodies + "?o vdkg:actingState ?s }", "o");
        Set<String> withReason = ids(bodies + "?o vdkg:noStateReason ?r }", "o");
        Set<String> neither = new TreeSet<>(all);
        neither.removeAll(withState);
        neither.removeAll(withReason);
        System.out.println("bodies (organisations other than States): " + all.size() + ", with a state: "
            + withState.size() + ", with a reason for none: " + withReason.size() + ", neither: " + neither);
        assertTrue(all.size() > 60, "the real data has its bodies: " + all.size());
        assertEquals(Set.of(), neither, "bodies with neither a state nor a reason");
        Set<String> both = new TreeSet<>(withState);
        both.retainAll(withReason);
        assertEquals(Set.of(), both, "a body with a state gives no reason for having none");
        // States come from names, curator knowledge and the bodies above: spot checks of each way.
        assertEquals(Set.of("org/hungary"), ids("SELECT ?s WHERE { org:hungarian-interior-ministry vdkg:actingState ?s }", "s"));
        assertEquals(Set.of("org/soviet-union"), ids("SELECT ?s WHERE { org:kgb vdkg:actingState ?s }", "s"));
        assertEquals(Set.of("org/vietnam"), ids("SELECT ?s WHERE { org:propaganda-department vdkg:actingState ?s }", "s"));
        assertEquals(Set.of("org/vietnam"), ids("SELECT ?s WHERE { org:cao-bang-police vdkg:actingState ?s }", "s"));
    }

    @Test
    void everyVietnameseEntityHasAVietnameseLabelUnlessItsNoteSaysWhyNot() {
        // Vietnamese bodies are those acting for Vietnam or the DRV; people, places, events, documents and projects
        // are all counted, so that a foreign one without a standard Vietnamese form must be listed with its reason.
        String vietnamese = """
            SELECT DISTINCT ?e WHERE {
              { ?e vdkg:actingState ?s . VALUES ?s { org:vietnam org:democratic-republic-of-vietnam } }
              UNION { ?e a vdkg:Person } UNION { ?e a vdkg:Place } UNION { ?e a vdkg:Event }
              UNION { ?e a vdkg:Document } UNION { ?e a vdkg:Project }
              FILTER (STRSTARTS(STR(?e), "https://w3id.org/vdkg/id/"))
            """;
        Set<String> all = ids(vietnamese + "}", "e");
        Set<String> withVi = ids(vietnamese + "?e rdfs:label ?vi . FILTER (lang(?vi) = \"vi\") }", "e");
        Set<String> without = new TreeSet<>(all);
        without.removeAll(withVi);
        System.out.println("Vietnamese entities (bodies of Vietnam and the DRV; all people, places, events, documents, "
            + "projects): " + all.size() + ", with a vi label: " + withVi.size() + ", without: " + without);
        assertEquals(new TreeSet<>(WITHOUT_VI), without, "entities without a Vietnamese label");
        Set<String> explained = ids("SELECT ?e WHERE { ?e vdkg:curatorNote ?n . FILTER (CONTAINS(STR(?n), \"No Vietnamese label\")) }", "e");
        Set<String> unexplained = new TreeSet<>(WITHOUT_VI);
        unexplained.removeAll(explained);
        assertEquals(Set.of(), unexplained, "each entity left without a Vietnamese label says why in its note");
        // Chinese and Russian forms are labels, as the exports' label_zh and label_ru columns expect.
        assertEquals(Set.of("person/ho-chi-minh"), ids("""
            SELECT ?e WHERE { ?e rdfs:label "胡志明"@zh-Hans , "Хо Ши Мин"@ru , "Hồ Chí Minh"@vi }""", "e"));
    }

    @Test
    void everyValueFromOutsideTheArticlesHasItsOrigin() {
        // Every label in a language other than English, and every link to a state or a body above, has a record.
        String unmarked = """
            SELECT ?e WHERE {
              { ?e rdfs:label ?l . FILTER (lang(?l) != "en") BIND (?l AS ?v) }
              UNION { ?e vdkg:ofState|<http://www.w3.org/ns/org#subOrganizationOf> ?v .
                      FILTER NOT EXISTS { ?c vdkg:part ?e ; vdkg:whole ?v } }
              FILTER (STRSTARTS(STR(?e), "https://w3id.org/vdkg/id/") && !STRSTARTS(STR(?e), "https://w3id.org/vdkg/id/concept/"))
              # a gazetteer package release is itself the record of where coordinates come from (name, version, licence)
              FILTER NOT EXISTS { ?e a vdkg:GazetteerDataset }
              FILTER NOT EXISTS { ?o vdkg:annotatedEntity ?e ; vdkg:annotatedValue ?v }
            }""";
        assertEquals(Set.of(), ids(unmarked, "e"));
        Map<String, Integer> byOrigin = new TreeMap<>();
        for (QuerySolution row : select("SELECT ?og (COUNT(?o) AS ?n) WHERE { ?o vdkg:origin ?og } GROUP BY ?og")) {
            byOrigin.put(row.getResource("og").getLocalName(), row.getLiteral("n").getInt());
        }
        System.out.println("values from outside the articles, by origin: " + byOrigin);
        assertTrue(byOrigin.getOrDefault("curator", 0) > 100 && byOrigin.getOrDefault("name", 0) > 20, byOrigin.toString());
    }

    @Test
    void aQueryForEitherVietnamFindsBoth() {
        String both = "SELECT ?v WHERE { org:%s vdkg:sameCountryAs? ?v }";
        Set<String> expected = Set.of("org/vietnam", "org/democratic-republic-of-vietnam");
        assertEquals(expected, ids(both.formatted("vietnam"), "v"));
        assertEquals(expected, ids(both.formatted("democratic-republic-of-vietnam"), "v"));
        String parties = "SELECT ?c WHERE { org:%s vdkg:sameCountryAs? ?v . ?c vdkg:party ?v }";
        // From Vietnam, the DRV's 1951 alliance; from the DRV, the treaty Vietnam signed after the reunification.
        assertTrue(ids(parties.formatted("vietnam"), "c").contains("claim/army-foreign-affairs/peoples-alliance-1951"));
        assertTrue(ids(parties.formatted("democratic-republic-of-vietnam"), "c")
            .contains("claim/army-foreign-affairs/treaty-signed-vn-su"));
    }

    @Test
    void statesAnswerForTheirBodies() {
        // "What did Hungary give?" had no answer while the Hungarian ministry was linked to no state.
        assertEquals(Set.of("claim/public-security-diplomacy-1945-1975/hungary-equipment"),
            ids("SELECT ?c WHERE { ?c a vdkg:AidProvision ; vdkg:donor/vdkg:actingState org:hungary }", "c"));
        Set<String> toVietnam = ids("SELECT ?s WHERE { ?s vdkg:stateProvidedAidTo org:vietnam }", "s");
        assertEquals(Set.of("org/china", "org/german-democratic-republic", "org/hungary", "org/soviet-union",
            "org/united-states"), toVietnam);
    }

    @Test
    void valuesOutOfLabelsAndLinksOutOfNotesAreData() {
        // 65 generators of 5 kW each: the total power is computed, not read from a label.
        List<QuerySolution> power = select("""
            SELECT (SUM(?n * ?kw) AS ?total) WHERE {
              ?line vdkg:item ?type ; vdkg:quantity ?n .
              ?type vdkg:perUnit [ vdkg:quantity ?kw ; vdkg:unit <https://w3id.org/vdkg/id/concept/unit/kw> ] }""");
        assertEquals(325, power.get(0).getLiteral("total").getInt());
        String army = "claim/army-foreign-affairs/";
        assertEquals(Set.of(army + "shaw-returned-to-us-unit"),
            ids("SELECT ?o WHERE { claim:army-foreign-affairs\\/ho-visits-kunming vdkg:onOccasionOf ?o }", "o"));
        assertEquals(Set.of(army + "le-duan-visit-soviet-union"),
            ids("SELECT ?o WHERE { claim:army-foreign-affairs\\/treaty-signed-vn-su vdkg:onOccasionOf ?o }", "o"));
        assertEquals(Set.of("document/strategy-to-protect-the-fatherland"), ids("""
            SELECT ?d WHERE { claim:public-security-diplomacy-1945-1975\\/focus-new-situation vdkg:hasPolicyItem ?i .
                              ?i vdkg:order 5 ; vdkg:refersTo ?d }""", "d"));
    }

    @Test
    void theActorNetworkHasFewerComponents() {
        ActorNetwork net = new NetworkReader(union).read();
        Map<String, String> parent = new HashMap<>();
        net.nodes().forEach(n -> parent.put(n.id(), n.id()));
        for (ActorNetwork.Edge e : net.edges()) {
            parent.put(root(parent, e.source()), root(parent, e.target()));
        }
        Map<String, Integer> sizes = new TreeMap<>();
        net.nodes().forEach(n -> sizes.merge(root(parent, n.id()), 1, Integer::sum));
        System.out.println("network: " + net.nodes().size() + " nodes, " + net.edges().size() + " edges, "
            + sizes.size() + " components of sizes " + new TreeSet<>(sizes.values()).descendingSet());
        // Six components before bodies were linked to their states; the two left beside the main one are the
        // occupying and colonial forces with their states, which the articles set against Vietnam only in event
        // and statement claims, not in actor-to-actor relations.
        assertTrue(sizes.size() < 6, "components: " + sizes.size());
        assertTrue(sizes.values().stream().anyMatch(s -> s >= net.nodes().size() - 4), "one main component: " + sizes);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
