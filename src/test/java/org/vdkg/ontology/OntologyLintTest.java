package org.vdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The ontology parses, documents every term, and declares every term the contract names. */
class OntologyLintTest {

    private static List<String> select(Model m, String query, String var) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.get(var).toString());
            }
        }
        return out;
    }

    @Test
    void ontologyAndShapesParse() {
        Model onto = OntologyFiles.ontology();
        assertTrue(onto.contains(onto.createResource("https://w3id.org/vdkg/ontology"), RDF.type, OWL.Ontology));
        assertTrue(onto.contains(onto.createResource("https://w3id.org/vdkg/ontology"), OWL.versionInfo, "0.1.0"));
        assertFalse(OntologyFiles.shapes().isEmpty());
    }

    @Test
    void everyVdkgTermHasEnglishLabelAndDefinition() {
        String q = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?term WHERE {
              VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty skos:Concept skos:ConceptScheme }
              ?term a ?type .
              FILTER (STRSTARTS(STR(?term), "https://w3id.org/vdkg/"))
              FILTER (NOT EXISTS { ?term rdfs:label ?l FILTER (LANG(?l) = "en") }
                   || NOT EXISTS { ?term skos:definition ?d FILTER (LANG(?d) = "en") })
            } ORDER BY ?term
            """;
        assertEquals(List.of(), select(OntologyFiles.ontology(), q, "term"));
    }

    @Test
    void everyConceptHasPrefLabelNotationAndScheme() {
        String q = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?c WHERE {
              ?c a skos:Concept .
              FILTER (NOT EXISTS { ?c skos:prefLabel ?l } || NOT EXISTS { ?c skos:notation ?n }
                   || NOT EXISTS { ?c skos:inScheme ?s . ?s a skos:ConceptScheme })
            }
            """;
        assertEquals(List.of(), select(OntologyFiles.ontology(), q, "c"));
    }

    /** Backticked names in docs/model.md: `vdkg:Term` and bare class names in the entity-type list. */
    static Set<String> contractTerms() throws IOException {
        String md = Files.readString(OntologyFiles.MODEL_DOC);
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("`vdkg:([A-Za-z][A-Za-z0-9]*)").matcher(md);
        while (m.find()) {
            names.add(m.group(1));
        }
        // Entity types are listed as bare backticked class names under "Entity types (classes)".
        int start = md.indexOf("Entity types (classes):");
        int end = md.indexOf("## data/claims");
        Matcher c = Pattern.compile("`([A-Z][A-Za-z]*)`").matcher(md.substring(start, end));
        while (c.find()) {
            names.add(c.group(1));
        }
        return names;
    }

    @Test
    void everyTermOfTheContractIsDeclared() throws IOException {
        Model onto = OntologyFiles.ontology();
        Set<Resource> declaredTypes = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);
        Set<String> terms = contractTerms();
        assertTrue(terms.size() > 100, "parsed only " + terms.size() + " terms from docs/model.md");
        List<String> missing = new ArrayList<>();
        for (String name : terms) {
            Resource r = onto.createResource(OntologyFiles.NS + name);
            boolean declared = declaredTypes.stream().anyMatch(t -> onto.contains(r, RDF.type, t));
            if (!declared) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "terms of docs/model.md missing from ontology/vdkg.ttl");
    }

    @Test
    void everyConceptOfTheContractExists() throws IOException {
        String md = Files.readString(OntologyFiles.MODEL_DOC);
        int start = md.indexOf("Controlled lists");
        int end = md.indexOf("## Shortcut");
        Model onto = OntologyFiles.ontology();
        List<String> missing = new ArrayList<>();
        Matcher line = Pattern.compile("- `([a-z-]+)`: (.*)").matcher(md.substring(start, end));
        int count = 0;
        while (line.find()) {
            String scheme = line.group(1);
            for (String item : line.group(2).split(",")) {
                String slug = item.trim().split(" ")[0];
                count++;
                Resource c = onto.createResource("https://w3id.org/vdkg/id/concept/" + scheme + "/" + slug);
                if (!onto.contains(c, RDF.type, onto.createResource("http://www.w3.org/2004/02/skos/core#Concept"))) {
                    missing.add(scheme + "/" + slug);
                }
            }
        }
        assertEquals(72, count, "concepts parsed from the controlled lists of docs/model.md");
        assertEquals(List.of(), missing);
    }
}
