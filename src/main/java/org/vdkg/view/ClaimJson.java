package org.vdkg.view;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.vdkg.vocab.VDKG;
import org.vdkg.words.ClaimWords;
import org.vdkg.words.DateWords;

/**
 * A claim as the views show it in their details: its title and date in words, and its evidence (source title,
 * paragraphs, footnotes, cited work and pages), confidence and ambiguity note, read from the union of the graphs.
 */
final class ClaimJson {

    private static final Property DERIVED_FROM = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private ClaimJson() {
    }

    static JsonObject of(Model union, Resource claim) {
        Resource c = claim.inModel(union);
        JsonObject o = new JsonObject();
        o.put("iri", c.getURI());
        int at = c.getURI().indexOf("/id/");
        if (at >= 0) {
            o.put("path", c.getURI().substring(at));
        }
        o.put("title", ClaimWords.title(union, c));
        o.put("when", DateWords.of(c));
        JsonArray evidence = new JsonArray();
        for (RDFNode cit : union.listObjectsOfProperty(c, DERIVED_FROM).toList()) {
            if (cit.isResource()) {
                evidence.add(citation(union, cit.asResource()));
            }
        }
        o.put("evidence", evidence);
        first(union, c, VDKG.confidence).ifPresent(conf -> o.put("confidence", name(union, conf)));
        first(union, c, VDKG.ambiguityNote).ifPresent(n -> o.put("ambiguity", n.asLiteral().getLexicalForm()));
        if (union.contains(c, VDKG.alternativeReadingOf) || union.contains(null, VDKG.alternativeReadingOf, c)) {
            o.put("alternativeReading", true);
        }
        return o;
    }

    private static JsonObject citation(Model union, Resource cit) {
        JsonObject e = new JsonObject();
        first(union, cit, VDKG.source).filter(RDFNode::isURIResource).ifPresent(s -> {
            e.put("source", s.asResource().getURI().replaceFirst("^.*/", ""));
            e.put("sourceTitle", name(union, s));
        });
        e.put("paragraphs", numbers(union, cit, VDKG.paragraph));
        e.put("footnotes", numbers(union, cit, VDKG.footnote));
        first(union, cit, VDKG.citedWork).filter(RDFNode::isURIResource).ifPresent(w -> e.put("citedWork", name(union, w)));
        List<String> pages = union.listObjectsOfProperty(cit, VDKG.pages).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).sorted().toList();
        if (!pages.isEmpty()) {
            e.put("pages", String.join(", ", pages));
        }
        return e;
    }

    private static JsonArray numbers(Model union, Resource s, Property p) {
        JsonArray a = new JsonArray();
        union.listObjectsOfProperty(s, p).toList().stream().filter(RDFNode::isLiteral).map(n -> n.asLiteral().getInt())
                .sorted().distinct().forEach(a::add);
        return a;
    }

    private static java.util.Optional<RDFNode> first(Model union, Resource s, Property p) {
        return union.listObjectsOfProperty(s, p).toList().stream()
                .sorted(Comparator.comparing(RDFNode::toString)).findFirst();
    }

    /** A source's or work's title, else the English label of a resource (or a literal's text). */
    private static String name(Model union, RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        Resource r = n.asResource().inModel(union);
        return union.listObjectsOfProperty(r, DCTerms.title).toList().stream().filter(RDFNode::isLiteral)
                .map(t -> t.asLiteral().getLexicalForm()).sorted().findFirst().orElseGet(() -> ClaimWords.label(r));
    }
}
