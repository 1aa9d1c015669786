package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class DerivedGraphBuilderTest {

    private static final String G = "https://w3id.org/vdkg/graph/";
    private static final String PREFIXES = """
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            PREFIX id: <https://w3id.org/vdkg/id/>
            """;

    @Test
    void eachRuleDerivesItsShortcutFromClaimsInAnyGraph() {
        Map<String, Graph> graphs = graphs("""
                vdkg:providedAidTo vdkg:derivation "CONSTRUCT { ?d <https://w3id.org/vdkg/ontology#providedAidTo> ?r } WHERE { ?c <https://w3id.org/vdkg/ontology#donor> ?d ; <https://w3id.org/vdkg/ontology#recipient> ?r }" .
                """, """
                id:claim\\/a\\/1 vdkg:donor id:org\\/ussr ; vdkg:recipient id:org\\/vietnam .
                """);
        DerivedGraphBuilder.Outcome out = DerivedGraphBuilder.derive(graphs, G + "ontology");
        assertTrue(out.problems().isEmpty(), out.problems().toString());
        Model expected = turtle("id:org\\/ussr vdkg:providedAidTo id:org\\/vietnam .");
        assertTrue(out.inferred().isIsomorphicWith(expected), () -> out.inferred().toString());
    }

    @Test
    void rulesMayBuildOnEachOther() {
        Map<String, Graph> graphs = graphs("""
                vdkg:b vdkg:derivation "PREFIX v: <https://w3id.org/vdkg/ontology#> CONSTRUCT { ?x v:b ?y } WHERE { ?x v:a ?y }" .
                vdkg:c vdkg:derivation "PREFIX v: <https://w3id.org/vdkg/ontology#> CONSTRUCT { ?x v:c ?y } WHERE { ?x v:b ?y }" .
                """, "id:x vdkg:a id:y .");
        DerivedGraphBuilder.Outcome out = DerivedGraphBuilder.derive(graphs, G + "ontology");
        assertTrue(out.inferred().isIsomorphicWith(turtle("id:x vdkg:b id:y . id:x vdkg:c id:y .")));
    }

    @Test
    void theOntologySemanticsAreMaterialisedAndOnlyNewTriplesKept() {
        Map<String, Graph> graphs = graphs("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                vdkg:Army rdfs:subClassOf vdkg:Organisation . vdkg:Organisation rdfs:subClassOf vdkg:Actor .
                vdkg:hasRelationsWith rdfs:subPropertyOf vdkg:cooperatedWith .
                vdkg:cooperatedWith a owl:SymmetricProperty . vdkg:partOf a owl:TransitiveProperty .
                vdkg:receivedAidFrom owl:inverseOf vdkg:providedAidTo .
                """, """
                id:vpa a vdkg:Army , vdkg:Organisation .
                id:vn vdkg:hasRelationsWith id:cu .
                id:a vdkg:partOf id:b . id:b vdkg:partOf id:c . id:c vdkg:partOf id:d .
                id:su vdkg:providedAidTo id:vn .
                """);
        DerivedGraphBuilder.Outcome out = DerivedGraphBuilder.derive(graphs, G + "ontology");
        Model expected = turtle("""
                id:vpa a vdkg:Actor .
                id:vn vdkg:cooperatedWith id:cu . id:cu vdkg:cooperatedWith id:vn .
                id:a vdkg:partOf id:c , id:d . id:b vdkg:partOf id:d .
                id:vn vdkg:receivedAidFrom id:su .
                """);
        assertTrue(out.inferred().isIsomorphicWith(expected), () -> out.inferred().toString());
    }

    @Test
    void namesGetTheirLookupKeysBesideTheRules() {
        Map<String, Graph> graphs = graphs("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                vdkg:Person rdfs:label "Person"@en .
                """, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                id:giap rdfs:label "Võ Nguyên Giáp"@vi .
                """);
        DerivedGraphBuilder.Outcome out = DerivedGraphBuilder.derive(graphs, G + "ontology");
        assertTrue(out.inferred().isIsomorphicWith(turtle("id:giap vdkg:nameKey \"vo nguyen giap\" .")),
                () -> out.inferred().toString());
    }

    @Test
    void aRuleThatIsNotAConstructIsAProblem() {
        Map<String, Graph> graphs = graphs("""
                vdkg:p vdkg:derivation "SELECT * WHERE { ?s ?p ?o }" .
                vdkg:q vdkg:derivation "CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }" .
                """, "");
        DerivedGraphBuilder.Outcome out = DerivedGraphBuilder.derive(graphs, G + "ontology");
        assertEquals(2, out.problems().size(), out.problems().toString());
        assertTrue(out.problems().get(0).message().contains("ontology#p"));
        assertTrue(out.problems().stream().allMatch(p -> p.isError()));
    }

    private static Map<String, Graph> graphs(String ontology, String claims) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(G + "ontology", turtle(ontology).getGraph());
        graphs.put(G + "some-source", turtle(claims).getGraph());
        return graphs;
    }

    private static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + body), null, "TTL");
        return m;
    }
}
