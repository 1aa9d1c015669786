package org.vdkg.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.export.ExportFormat;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Html;

/**
 * The landing page ({@code /about}, and the HTML form of the dataset description): what the dataset is,
 * its counts, licences, sources, where to query and download it, and an index of every entity by type.
 */
final class LandingPage {

    private final IriScheme iris;
    private final Model voidModel;
    private final Model entities;
    private final Names names;

    LandingPage(IriScheme iris, Model voidModel, Model entities, Model ontology) {
        this.iris = iris;
        this.voidModel = voidModel;
        this.entities = entities;
        this.names = new Names(voidModel, entities, ontology);
    }

    String render() {
        Resource ds = voidModel.createResource(iris.base());
        Html h = new Html("About", "/about");
        h.element("h1", DatasetDescription.TITLE);
        h.element("p", DatasetDescription.DESCRIPTION);
        h.raw("<p class=\"iri\">").text(iris.base()).raw("</p>\n<table>\n");
        row(h, "triples (every named graph, graph/meta included: the dumps' statements)", one(ds, VOID.triples.getURI()));
        row(h, "entities", one(ds, VOID.entities.getURI()));
        row(h, "last built", one(ds, DCTerms.modified.getURI()));
        row(h, "version", one(ds, DCTerms.hasVersion.getURI()));
        h.raw("</table>\n");

        h.element("h2", "Use it");
        h.raw("<ul>\n<li>Search the entities with the box above.</li>\n<li>");
        h.link("/query", "SPARQL query UI").raw("; endpoint ");
        String endpoint = one(ds, VOID.sparqlEndpoint.getURI());
        h.link(endpoint, endpoint).raw("</li>\n<li>");
        h.link("/ontology", "Ontology").raw(" (classes and properties)</li>\n<li>");
        h.link("/.well-known/void?format=ttl", "Dataset description").raw(" (VoID and DCAT, Turtle)</li>\n<li>Downloads: ");
        for (ExportFormat d : DatasetDescription.DUMPS) {
            h.link("/dumps/" + d.fileName(), d.fileName()).raw(" ");
        }
        h.raw("and the JSON-LD context ").link("/context.jsonld", "context.jsonld").raw("</li>\n</ul>\n");

        h.element("h2", "Licences");
        h.raw("<p>Data: ").link(DatasetDescription.DATA_LICENCE, "Creative Commons Attribution 4.0 International (CC BY 4.0)")
         .raw(". Software: ").link(DatasetDescription.CODE_LICENCE, "Apache License 2.0").raw(".</p>\n");

        h.element("h2", "Sources");
        h.raw("<ul>\n");
        for (RDFNode s : sorted(voidModel.listObjectsOfProperty(ds, DCTerms.source).toList())) {
            h.raw("<li>").link(iris.href(s.asResource().getURI()), names.name(s.asResource().getURI())).raw("</li>\n");
        }
        h.raw("</ul>\n");

        h.element("h2", "Entities");
        Map<String, List<Resource>> byType = new TreeMap<>();
        entities.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            // Entities are the labelled subjects: an entity's sub-nodes (origin records, a per-unit quantity) have none.
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(VDKG.NS)
                    && st.getSubject().isURIResource() && entities.contains(st.getSubject(), RDFS.label)) {
                byType.computeIfAbsent(names.name(st.getObject().asResource().getURI()), k -> new java.util.ArrayList<>())
                        .add(st.getSubject());
            }
        });
        byType.forEach((type, list) -> {
            h.element("h3", type + " (" + list.size() + ")");
            h.raw("<ul>\n");
            for (Resource r : list.stream().sorted(Comparator.comparing(x -> names.name(x.getURI()))).toList()) {
                h.raw("<li>").link(iris.href(r.getURI()), names.name(r.getURI())).raw("</li>\n");
            }
            h.raw("</ul>\n");
        });
        return h.finish();
    }

    private static List<RDFNode> sorted(List<RDFNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private String one(Resource ds, String property) {
        return voidModel.listObjectsOfProperty(ds, voidModel.createProperty(property)).toList().stream().findFirst()
                .map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI()).orElse("");
    }

    private static void row(Html h, String what, String value) {
        h.raw("<tr><th>").text(what).raw("</th><td>").text(value).raw("</td></tr>\n");
    }
}
