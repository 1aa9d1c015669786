package org.vdkg.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.support.BuiltDatabase;
import org.vdkg.vocab.VDKG;

/**
 * Claim titles on the real graph that {@code vdkg build} makes: every claim of every kind names its main actors
 * by label and shows no slug, IRI or EDTF marker; a handful of titles are checked word for word against the
 * facts in data/claims/*.yaml.
 */
class ClaimWordsTest {

    /** The properties (path from the claim) whose entities a title must name, per claim class. */
    private static final Map<String, List<String>> MAIN = Map.ofEntries(
        Map.entry("AidProvision", List.of("donor", "recipient")),
        Map.entry("Request", List.of("requester", "addressee")),
        Map.entry("TrainingProgramme", List.of("trainer", "trainee")),
        Map.entry("ProjectSupport", List.of("supporter", "beneficiary", "project")),
        Map.entry("Visit", List.of("leader", "hasDestination/destination")),
        Map.entry("Operation", List.of("campaign", "hasParticipation/participant", "adversary")),
        Map.entry("Meeting", List.of("event", "hasParticipation/participant")),
        Map.entry("RelationsEstablishment", List.of("party")),
        Map.entry("MembershipClaim", List.of("member", "organisation")),
        Map.entry("AllianceFormation", List.of("alliance", "party")),
        Map.entry("AgreementSigning", List.of("document", "party")),
        Map.entry("PolicyStatement", List.of("policy", "proposer")),
        Map.entry("StatedCount", List.of("subject")),
        Map.entry("TimeSeries", List.of("subject")),
        Map.entry("PositionHolding", List.of("holder", "organisation")),
        Map.entry("Founding", List.of("founded", "founder")),
        Map.entry("Renaming", List.of("renamedFrom", "renamedTo")),
        Map.entry("PartOfClaim", List.of("part", "whole")),
        Map.entry("LocationClaim", List.of("locatedEntity", "within")),
        Map.entry("Cooperation", List.of("party")),
        Map.entry("EventClaim", List.of("event", "hasParticipation/participant")),
        Map.entry("Assessment", List.of("subject")));

    private static Model graph;
    private static Map<String, List<Resource>> byKind;

    @BeforeAll
    static void build() {
        graph = BuiltDatabase.union();
        byKind = new TreeMap<>();
        for (Resource c : graph.listSubjectsWithProperty(graph.createProperty(VDKG.NS + "inSource")).toList()) {
            byKind.computeIfAbsent(ClaimWords.kind(c), k -> new ArrayList<>()).add(c);
        }
    }

    @Test
    void everyClaimKindOfTheOntologyHasATemplateAndTheGraphUsesThem() {
        Set<String> ontology = new TreeSet<>();
        graph.listSubjectsWithProperty(RDFS.subClassOf, graph.createResource(VDKG.NS + "Claim"))
            .forEachRemaining(r -> ontology.add(r.getURI().substring(VDKG.NS.length())));
        assertEquals(ontology, new TreeSet<>(MAIN.keySet()), "a claim class without a title template (or a stale one)");
        assertEquals(ontology, byKind.keySet(), "this test wants a claim of every kind in the curated data");
    }

    @Test
    void everyTitleNamesItsMainActorsAndNoRawForm() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Resource>> e : byKind.entrySet()) {
            for (Resource claim : e.getValue()) {
                String title = ClaimWords.title(graph, claim);
                checked++;
                for (String path : MAIN.get(e.getKey())) {
                    List<Resource> named = follow(claim, path);
                    if (named.size() > 5) {
                        continue; // a long list ends in "and N others"
                    }
                    for (Resource r : named) {
                        if (!title.toLowerCase(Locale.ROOT).contains(ClaimWords.label(r).toLowerCase(Locale.ROOT))) {
                            failures.add(claim.getURI() + ": '" + title + "' lacks " + path + " " + ClaimWords.label(r));
                        }
                    }
                }
                Set<String> labels = new LinkedHashSet<>();
                Set<String> slugs = new LinkedHashSet<>();
                slugs.add(tail(claim));
                claim.listProperties(graph.createProperty(VDKG.NS + "mentions")).forEachRemaining(s -> {
                    labels.add(ClaimWords.label(s.getResource()));
                    slugs.add(tail(s.getResource()));
                });
                String rest = title;
                for (String l : labels) {
                    rest = rest.replace(l, " ");
                }
                for (String raw : List.of("http", "..", "/", "XX", "^^", "_", "@")) {
                    if (rest.contains(raw)) {
                        failures.add(claim.getURI() + ": '" + title + "' contains " + raw);
                    }
                }
                for (String slug : slugs) {
                    if (slug.contains("-") && title.contains(slug)) {
                        failures.add(claim.getURI() + ": '" + title + "' contains the slug " + slug);
                    }
                }
                if (title.isBlank() || Character.isLowerCase(title.charAt(0))) {
                    failures.add(claim.getURI() + ": '" + title + "' does not start with a capital");
                }
            }
        }
        assertTrue(checked > 150, "only " + checked + " claims");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        public-security-diplomacy-1945-1975/soviet-experts-1959 | Soviet Union → Central Public Security School: experts and training, early 1959
        army-foreign-affairs/ho-visit-1950 | Ho Chi Minh visits China, then Soviet Union, 1950 or later, with Tran Dang Ninh
        public-security-diplomacy-1945-1975/relations-1950-china | China and Democratic Republic of Vietnam establish diplomatic relations, 1950 or later
        public-security-diplomacy-1945-1975/officers-trained-2380 | Soviet security and interior agencies and USSR Committee for State Security → People's Public Security Force: training in ciphering, counterintelligence, ideological culture, policing and 3 others, late 1970s to mid-1980s
        public-security-diplomacy-1945-1975/vn-soviet-police-relations-1955 | People's Public Security Force and Soviet security and interior agencies establish police relations, late 1955
        public-security-diplomacy-1945-1975/drv-established | Democratic Republic of Vietnam founded, 2 September 1945
        army-foreign-affairs/yunnan-in-china | Yunnan lies in China
        army-foreign-affairs/supply-renamed-logistics | General Department of Supply renamed General Department of Logistics
        army-foreign-affairs/propaganda-in-politics | Propaganda Department is part of General Department of Politics
        army-foreign-affairs/chennault-commands-14th | General Claire Lee Chennault, commander of 14th Air Division
        public-security-diplomacy-1945-1975/sacred-sword | People's Public Security Force called “sacred sword”
        public-security-diplomacy-1945-1975/kgb-experience-years | USSR Committee for State Security: at least 40 years of counterintelligence experience
        public-security-diplomacy-1945-1975/fire-equipment-series | People's Public Security Force: localities equipped, fire fighting vehicles and fire pumps (by Vietnam Fire and Rescue Police Force), 1965 to 1975
        army-foreign-affairs/joint-conference-1951-meeting | Joint Conference of the three countries: Cambodia, Democratic Republic of Vietnam and Laos, March 1951
        army-foreign-affairs/upper-laos-campaign-1953 | Upper Laos Campaign: Vietnamese Volunteer Army, 1953
        """)
    void exactTitles(String claim, String expected) {
        Resource c = graph.createResource("https://w3id.org/vdkg/id/claim/" + claim);
        assertTrue(graph.contains(c, RDF.type), "no claim " + claim);
        assertEquals(expected, ClaimWords.title(graph, c));
    }

    @Test
    void anUnknownKindGetsTheGenericTitleWithItsMentions() {
        Model m = ModelFactory.createDefaultModel();
        Resource claim = m.createResource("https://w3id.org/vdkg/id/claim/x/y", m.createResource(VDKG.NS + "BorderIncident"));
        Resource a = m.createResource("https://w3id.org/vdkg/id/org/some-army").addProperty(RDFS.label, "Some Army", "en");
        Resource b = m.createResource("https://w3id.org/vdkg/id/place/far-away-place");
        claim.addProperty(m.createProperty(VDKG.NS + "mentions"), a).addProperty(m.createProperty(VDKG.NS + "mentions"), b)
            .addProperty(m.createProperty(VDKG.NS + "edtf"), "197X");
        assertEquals("Border incident: Some Army and far away place, 1970s", ClaimWords.title(m, claim));
        Resource bare = m.createResource("https://w3id.org/vdkg/id/claim/x/z", m.createResource(VDKG.NS + "Claim"));
        assertEquals("Claim", ClaimWords.title(m, bare));
    }

    @Test
    void anEmptyTemplateFallsBackAndLongListsAreCut() {
        Model m = ModelFactory.createDefaultModel();
        Resource claim = m.createResource("https://w3id.org/vdkg/id/claim/x/r", m.createResource(VDKG.NS + "Renaming"));
        claim.addProperty(m.createProperty(VDKG.NS + "renamedFrom"), m.createResource("https://w3id.org/vdkg/id/org/a"));
        assertFalse(ClaimWords.title(m, claim).isBlank());
        assertEquals("A, B, C, D and 2 others", ClaimWords.list(List.of("A", "B", "C", "D", "E", "F")));
        assertEquals("A, B, C, D and E", ClaimWords.list(List.of("A", "B", "C", "D", "E")));
        assertEquals("A and B", ClaimWords.list(List.of("A", "B", "A")));
    }

    private static String tail(Resource r) {
        return r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }

    private static List<Resource> follow(Resource claim, String path) {
        List<Resource> at = List.of(claim);
        for (String step : path.split("/")) {
            Property p = graph.createProperty(VDKG.NS + step);
            List<Resource> next = new ArrayList<>();
            for (Resource r : at) {
                for (Statement s : r.listProperties(p).toList()) {
                    RDFNode o = s.getObject();
                    if (o.isResource()) {
                        next.add(o.asResource());
                    }
                }
            }
            at = next;
        }
        return at;
    }
}
