package org.vdkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.vdkg.model.Field;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;

/** {@link VDKG} declares exactly the ontology's terms, and every controlled-list value is a concept of it. */
class VocabularyMirrorsOntologyTest {

    static Model ontology() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (Stream<Path> s = Files.list(Path.of("ontology"))) {
            s.filter(p -> p.toString().endsWith(".ttl")).forEach(p -> RDFDataMgr.read(m, p.toString()));
        }
        return m;
    }

    static Set<String> declaredTerms(Model m) {
        Set<String> out = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(VDKG.NS)) {
                out.add(r.getURI().substring(VDKG.NS.length()));
            }
        });
        return out;
    }

    @Test
    void vocabularyConstantsAreExactlyTheOntologysTerms() throws Exception {
        Set<String> declared = declaredTerms(ontology());
        assertTrue(declared.size() > 20, "ontology/ declares only " + declared.size() + " vdkg terms");
        Set<String> constants = new TreeSet<>();
        for (java.lang.reflect.Field f : VDKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                constants.add(f.getName());
                assertEquals(VDKG.NS + f.getName(), ((Resource) f.get(null)).getURI(), "field name = local name");
            }
        }
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(constants);
        Set<String> extra = new TreeSet<>(constants);
        extra.removeAll(declared);
        assertEquals(Set.of(), missing, "ontology terms without a constant");
        assertEquals(Set.of(), extra, "constants the ontology does not declare");
    }

    @Test
    void everyControlledValueIsAConceptOfTheOntology() throws Exception {
        Model m = ontology();
        assertTrue(declaredTerms(m).size() > 20, "ontology/ declares too few vdkg terms");
        Set<String> missing = new TreeSet<>();
        for (String scheme : Set.of(Schemes.AID_KIND, Schemes.UNIT, Schemes.CURRENCY, Schemes.DELIVERY_MODE,
                Schemes.ROLE, Schemes.RELATION_TYPE, Schemes.ALLIANCE_TYPE, Schemes.MILESTONE_KIND, Schemes.STATUS, Schemes.ORIGIN,
                Schemes.CONFIDENCE)) {
            for (String slug : Schemes.concepts(scheme)) {
                String iri = new IriScheme("https://w3id.org/vdkg/").concept(scheme, slug);
                if (!m.contains(m.createResource(iri), RDF.type, SKOS.Concept)) {
                    missing.add(iri);
                }
            }
        }
        assertEquals(Set.of(), missing, "controlled values not declared as skos:Concept");
    }
}
