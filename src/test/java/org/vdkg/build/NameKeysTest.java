package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    private static final String G = "https://w3id.org/vdkg/graph/";

    @Test
    void keysFoldCaseDiacriticsAndSpaces() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("Võ Nguyên Giáp", "vo nguyen giap");
        cases.put("VO NGUYEN GIAP", "vo nguyen giap");
        cases.put("Uncle Ho", "uncle ho");
        cases.put("  Uncle \t\n Ho  ", "uncle ho");
        cases.put("Uncle\u00a0Ho", "uncle ho");                        // no-break space
        cases.put("Uncle\u2003Ho", "uncle ho");                        // em space
        cases.put("Đàm Quang Trung", "dam quang trung");             // đ has no decomposition; folded anyway
        cases.put("KGB", "kgb");
        cases.put("Hồ Chí Minh", "ho chi minh");
        cases.put("Straße", "strasse");
        cases.put("Æ ﬁ", "ae fi");                                    // letters that fold to two
        cases.put("Комитет государственной безопасности", "комитет государственной безопасности");
        cases.put("胡志明", "胡志明");
        cases.put("People’s Army", "people's army");                  // typographic apostrophe
        cases.put("", "");
        cases.put("   ", "");
        cases.forEach((name, key) -> assertEquals(key, NameKeys.of(name), "key of \"" + name + "\""));
    }

    @Test
    void combiningAccentsFoldLikePrecomposedOnes() {
        String decomposed = Normalizer.normalize("Võ Nguyên Giáp", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Võ Nguyên Giáp".length(), "the test string is not decomposed");
        assertEquals("vo nguyen giap", NameKeys.of(decomposed));
    }

    @Test
    void everyNameOutsideTheOntologyGetsAKeyAsAPlainString() {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(G + "ontology", turtle("""
                vdkg:Person rdfs:label "Person"@en .
                """));
        graphs.put(G + "entities", turtle("""
                id:giap rdfs:label "Vo Nguyen Giap"@en , "Võ Nguyên Giáp"@vi ; skos:altLabel "General Giap"@en .
                id:kgb skos:altLabel "KGB" ; skos:prefLabel "Only a prefLabel"@en .
                [] rdfs:label "a blank node"@en .
                id:odd skos:altLabel id:not-a-literal .
                """));
        Graph into = ModelFactory.createDefaultModel().getGraph();
        NameKeys.derive(graphs, G + "ontology", into);
        Model expected = ModelFactory.createModelForGraph(turtle("""
                id:giap vdkg:nameKey "vo nguyen giap" , "general giap" .
                id:kgb vdkg:nameKey "kgb" .
                """));
        Model actual = ModelFactory.createModelForGraph(into);
        assertTrue(actual.isIsomorphicWith(expected), () -> actual.toString());
    }

    private static Graph turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX id: <https://w3id.org/vdkg/id/>
                """ + body), null, "TTL");
        return m.getGraph();
    }
}
