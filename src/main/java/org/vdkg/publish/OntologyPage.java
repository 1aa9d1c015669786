package org.vdkg.publish;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Html;
import org.vdkg.web.Offer;

/** The ontology's HTML page, generated from the ontology graph: every vdkg class and property with its label and definition. */
final class OntologyPage {

    private final IriScheme iris;
    private final Model onto;
    private final Names names;

    OntologyPage(IriScheme iris, Model ontology) {
        this.iris = iris;
        this.onto = ontology;
        this.names = new Names(ontology);
    }

    String render() {
        Html h = new Html("Ontology", "/ontology");
        Resource o = onto.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList().stream().findFirst().orElse(null);
        h.element("h1", o == null ? "vdkg ontology" : names.name(o.getURI()));
        if (o != null) {
            h.raw("<p class=\"iri\">").text(o.getURI()).raw("</p>\n");
            literal(h, o, DCTerms.description);
            literal(h, o, OWL.versionInfo, "Version ");
        }
        h.raw("<p>The ontology as: ");
        for (Offer f : Offer.rdf()) {
            h.link("/ontology?format=" + f.key(), f.mediaType()).raw(" ");
        }
        h.raw("</p>\n");
        section(h, "Classes", OWL.Class);
        section(h, "Object properties", OWL.ObjectProperty);
        section(h, "Datatype properties", OWL.DatatypeProperty);
        section(h, "Annotation properties", OWL.AnnotationProperty);
        return h.finish();
    }

    private void section(Html h, String title, Resource type) {
        List<Resource> terms = onto.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(VDKG.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (terms.isEmpty()) {
            return;
        }
        h.element("h2", title + " (" + terms.size() + ")");
        h.raw("<dl>\n");
        for (Resource t : terms) {
            String local = VDKG.localName(t.getURI()).orElseThrow();
            h.raw("<dt id=\"").text(local).raw("\"><strong>").text(names.name(t.getURI())).raw("</strong> <span class=\"iri\">vdkg:")
             .text(local).raw("</span></dt>\n<dd>");
            definition(h, t);
            links(h, t, RDFS.subClassOf, "subclass of");
            links(h, t, RDFS.subPropertyOf, "subproperty of");
            links(h, t, RDFS.domain, "domain");
            links(h, t, RDFS.range, "range");
            links(h, t, OWL.inverseOf, "inverse of");
            h.raw("</dd>\n");
        }
        h.raw("</dl>\n");
    }

    private void definition(Html h, Resource t) {
        for (Property p : List.of(SKOS.definition, RDFS.comment)) {
            List<String> defs = onto.listObjectsOfProperty(t, p).toList().stream().filter(RDFNode::isLiteral)
                    .filter(l -> l.asLiteral().getLanguage().isEmpty() || l.asLiteral().getLanguage().equals("en"))
                    .map(l -> l.asLiteral().getLexicalForm()).sorted().toList();
            for (String d : defs) {
                h.element("p", d);
            }
            if (!defs.isEmpty()) {
                return;
            }
        }
    }

    private void links(Html h, Resource t, Property p, String what) {
        List<Resource> targets = onto.listObjectsOfProperty(t, p).toList().stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        if (targets.isEmpty()) {
            return;
        }
        h.raw("<p>").text(what + ": ");
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                h.raw(", ");
            }
            String u = targets.get(i).getURI();
            h.link(VDKG.localName(u).map(l -> "#" + l).orElseGet(() -> iris.href(u)), names.name(u));
        }
        h.raw("</p>\n");
    }

    private void literal(Html h, Resource o, Property p) {
        literal(h, o, p, "");
    }

    private void literal(Html h, Resource o, Property p, String prefix) {
        onto.listObjectsOfProperty(o, p).toList().stream().filter(RDFNode::isLiteral).findFirst()
                .ifPresent(l -> h.element("p", prefix + l.asLiteral().getLexicalForm()));
    }
}
