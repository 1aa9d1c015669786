package org.vdkg.publish;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.GEO;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Html;
import org.vdkg.web.Offer;

/**
 * The HTML page of one resource, drawn from its description: labels in every language, types, its own
 * properties, each value that no article states marked with its origin (curator knowledge, a reference work, the
 * entity's own name...), every claim that mentions it with the evidence (source, paragraph, footnote, cited work),
 * and the links pointing at it.
 */
final class ResourcePage {

    private static final Set<Property> LABELS = Set.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTerms.title);
    private static final Set<Property> MATCHES = Set.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.mappingRelation);

    private final IriScheme iris;
    private final ResourceDescriber describer;
    private final Model d;
    private final Names names;

    ResourcePage(IriScheme iris, ResourceDescriber describer, Model description, Model union) {
        this.iris = iris;
        this.describer = describer;
        this.d = description;
        this.names = new Names(description, union);
    }

    String render(String iri) {
        Resource r = d.createResource(iri);
        String title = names.label(iri).orElseGet(() -> untitled(r));
        Html h = new Html(title);
        h.element("h1", title);
        h.raw("<p class=\"iri\">").text(iri).raw("</p>\n<p>This description as: ");
        for (Offer o : Offer.rdf()) {
            h.link("?format=" + o.key(), o.mediaType()).raw(" ");
        }
        h.raw("</p>\n");

        List<Statement> labels = d.listStatements(r, null, (RDFNode) null).toList().stream()
                .filter(st -> LABELS.contains(st.getPredicate()) && st.getObject().isLiteral())
                .sorted(Comparator.comparing((Statement st) -> st.getPredicate().getURI())
                        .thenComparing(st -> st.getLiteral().getLanguage()).thenComparing(st -> st.getLiteral().getLexicalForm()))
                .toList();
        Map<String, Resource> origins = origins(r);
        if (!labels.isEmpty()) {
            h.element("h2", "Names");
            h.raw("<table><tr><th>kind</th><th>language</th><th>name</th><th>from outside the articles</th></tr>\n");
            for (Statement st : labels) {
                // rdfs:label and skos:prefLabel carry the same names; their origin is recorded once, on skos:prefLabel.
                Property p = st.getPredicate().equals(RDFS.label) ? SKOS.prefLabel : st.getPredicate();
                h.raw("<tr><td>").text(Names.curie(st.getPredicate().getURI())).raw("</td><td>")
                 .text(st.getLiteral().getLanguage()).raw("</td><td lang=\"").text(st.getLiteral().getLanguage()).raw("\">")
                 .text(st.getLiteral().getLexicalForm()).raw("</td><td>");
                Resource origin = origins.get(key(p, st.getObject()));
                if (origin != null) {
                    origin(h, origin);
                }
                h.raw("</td></tr>\n");
            }
            h.raw("</table>\n");
            h.raw("<p class=\"note\">A name without a mark is printed in a source article, or is the curators' English "
                    + "name for something an article describes.</p>\n");
        }

        List<Resource> types = d.listObjectsOfProperty(r, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (!types.isEmpty()) {
            h.element("h2", "Types");
            h.raw("<ul>");
            for (Resource t : types) {
                h.raw("<li>");
                node(h, t, iri);
                h.raw("</li>");
            }
            h.raw("</ul>\n");
        }

        List<Statement> props = d.listStatements(r, null, (RDFNode) null).toList().stream()
                .filter(st -> !LABELS.contains(st.getPredicate()) && !st.getPredicate().equals(RDF.type)
                        && !st.getPredicate().equals(PROV.wasDerivedFrom) && !isWikidataMatch(st))
                .sorted(order()).toList();
        wikidata(h, r, origins);
        coordinates(h, r);
        if (!props.isEmpty()) {
            h.element("h2", "Properties");
            table(h, props, iri, origins);
        }
        if (iris.isClaimNode(iri)) {
            evidence(h, r);
        }

        Set<String> claims = new LinkedHashSet<>();
        d.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && iris.isClaimNode(s.getURI())) {
                String c = iris.claimOf(s.getURI());
                if (!c.equals(iri) && !iri.startsWith(c + "/")) {
                    claims.add(c);
                }
            }
        });
        if (!claims.isEmpty()) {
            h.element("h2", "Claims (" + claims.size() + ")");
            for (String c : claims.stream().sorted().toList()) {
                claim(h, d.createResource(c), iri);
            }
        }

        List<Statement> inbound = d.listStatements(null, null, r).toList().stream()
                .filter(st -> !st.getSubject().isURIResource() || !iris.isClaimNode(st.getSubject().getURI()))
                .filter(st -> !st.getPredicate().equals(VDKG.annotatedEntity) && !st.getPredicate().equals(VDKG.annotatedValue))
                .sorted(Comparator.comparing((Statement st) -> st.getPredicate().getURI())
                        .thenComparing(st -> String.valueOf(st.getSubject().getURI())))
                .toList();
        if (!inbound.isEmpty()) {
            h.element("h2", "Linked from");
            h.raw("<table><tr><th>resource</th><th>relation</th></tr>\n");
            for (Statement st : inbound) {
                h.raw("<tr><td>");
                node(h, st.getSubject(), iri);
                h.raw("</td><td>");
                node(h, st.getPredicate(), iri);
                h.raw("</td></tr>\n");
            }
            h.raw("</table>\n");
        }
        return h.finish();
    }

    /** A SKOS mapping to a Wikidata item: shown once, in the Wikidata section, with its kind. */
    private static boolean isWikidataMatch(Statement st) {
        return MATCHES.contains(st.getPredicate()) && st.getObject().isURIResource()
                && IriScheme.wikidataId(st.getObject().asResource().getURI()).isPresent();
    }

    /**
     * Each Wikidata item once, as an exact match (the same thing, verified) or a close match (related, not the same
     * or not verified); an exact match is not repeated as close though skos:exactMatch implies skos:closeMatch.
     */
    private void wikidata(Html h, Resource r, Map<String, Resource> origins) {
        Set<String> items = new java.util.TreeSet<>();
        d.listStatements(r, null, (RDFNode) null).toList().stream().filter(ResourcePage::isWikidataMatch)
                .forEach(st -> items.add(st.getObject().asResource().getURI()));
        if (items.isEmpty()) {
            return;
        }
        h.element("h2", "Wikidata");
        h.raw("<ul>");
        for (String item : items) {
            boolean exact = d.contains(r, SKOS.exactMatch, d.createResource(item));
            h.raw("<li class=\"wikidata ").raw(exact ? "exact" : "close").raw("\">");
            h.link(item, IriScheme.wikidataId(item).orElseThrow());
            h.text(exact ? " exact match (skos:exactMatch): the same thing"
                    : " close match only (skos:closeMatch): a related item, not verified as the same");
            outsideMark(h, origins.get(key(exact ? SKOS.exactMatch : SKOS.closeMatch, d.createResource(item))));
            h.raw("</li>");
        }
        h.raw("</ul>\n");
    }

    /** Where a place's coordinates come from: the gazetteer record, its package release and licence. */
    private void coordinates(Html h, Resource r) {
        Statement lat = d.getProperty(r, GEO.lat);
        Statement lon = d.getProperty(r, GEO.long_);
        if (lat == null || lon == null) {
            return;
        }
        h.element("h2", "Coordinates");
        h.raw("<p class=\"coordinates\">").text(lat.getLiteral().getLexicalForm() + ", " + lon.getLiteral().getLexicalForm()
                + " (WGS84 latitude, longitude)");
        for (RDFNode rec : d.listObjectsOfProperty(r, VDKG.coordinatesFrom).toList()) {
            h.raw(" from gazetteer record ");
            node(h, rec, null);
            for (RDFNode id : d.listObjectsOfProperty(rec.asResource(), VDKG.geonamesId).toList()) {
                h.text(" (GeoNames " + id.asLiteral().getLexicalForm() + ")");
            }
            for (RDFNode ds : d.listObjectsOfProperty(rec.asResource(), PROV.wasDerivedFrom).toList()) {
                h.raw(", copied from ");
                node(h, ds, null);
                for (RDFNode lic : d.listObjectsOfProperty(ds.asResource(), DCTerms.license).toList()) {
                    h.raw(", licence ");
                    node(h, lic, null);
                }
            }
        }
        h.raw("</p>\n");
    }

    /** A title for a node without a label (claims, citations): its vdkg type and the last part of its IRI. */
    private String untitled(Resource r) {
        String last = r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
        return d.listObjectsOfProperty(r, RDF.type).toList().stream().filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI()).filter(t -> t.startsWith(VDKG.NS) && !t.equals(VDKG.NS + "Claim"))
                .sorted().findFirst().map(t -> names.name(t) + ": " + last).orElse(last);
    }

    private void claim(Html h, Resource c, String self) {
        h.raw("<section class=\"claim\"><h3>");
        List<String> types = d.listObjectsOfProperty(c, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                .filter(t -> t.startsWith(VDKG.NS) && !t.equals(VDKG.NS + "Claim")).sorted().toList();
        h.text(types.isEmpty() ? "Claim" : String.join(", ", types.stream().map(names::name).toList())).raw(": ");
        h.link(iris.href(c.getURI()), c.getURI().substring(c.getURI().lastIndexOf('/') + 1));
        h.raw("</h3>\n");
        table(h, d.listStatements(c, null, (RDFNode) null).toList().stream()
                .filter(st -> !st.getPredicate().equals(RDF.type) && !st.getPredicate().equals(PROV.wasDerivedFrom)
                        && !LABELS.contains(st.getPredicate()))
                .sorted(order()).toList(), self, Map.of());
        evidence(h, c);
        h.raw("</section>\n");
    }

    /** Source, paragraphs, footnotes, cited work and pages of every citation of {@code claim}. */
    private void evidence(Html h, Resource claim) {
        for (RDFNode cit : d.listObjectsOfProperty(claim, PROV.wasDerivedFrom).toList()) {
            if (!cit.isResource()) {
                continue;
            }
            Resource c = cit.asResource();
            h.raw("<p class=\"evidence\">Evidence: ");
            for (RDFNode s : d.listObjectsOfProperty(c, VDKG.source).toList()) {
                h.raw("source ");
                node(h, s, null);
                h.raw("; ");
            }
            values(h, "paragraph", c, VDKG.paragraph);
            values(h, "footnote", c, VDKG.footnote);
            for (RDFNode w : d.listObjectsOfProperty(c, VDKG.citedWork).toList()) {
                h.raw("cited work ");
                node(h, w, null);
                h.raw("; ");
            }
            values(h, "pages", c, VDKG.pages);
            h.raw("</p>\n");
        }
    }

    private void values(Html h, String what, Resource s, Property p) {
        List<String> v = d.listObjectsOfProperty(s, p).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm())
                .sorted(Comparator.comparing((String x) -> x.length()).thenComparing(x -> x)).toList();
        if (!v.isEmpty()) {
            h.text(what + " " + String.join(", ", v)).raw("; ");
        }
    }

    private void table(Html h, List<Statement> stmts, String self, Map<String, Resource> origins) {
        if (stmts.isEmpty()) {
            return;
        }
        h.raw("<table>\n");
        for (Statement st : stmts) {
            h.raw("<tr><th>");
            node(h, st.getPredicate(), self);
            h.raw("</th><td>");
            value(h, st.getObject(), self, 0);
            outsideMark(h, origins.get(key(st.getPredicate(), st.getObject())));
            h.raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    /** After a value: where it comes from, when its origin record (null for none) says it is not from the articles. */
    private void outsideMark(Html h, Resource origin) {
        if (origin != null) {
            h.raw(" <span class=\"origin\">(from outside the articles: ");
            origin(h, origin);
            h.raw(")</span>");
        }
    }

    /** The origin records ({@code vdkg:ValueOrigin}) of {@code r}'s values, by property and value. */
    private Map<String, Resource> origins(Resource r) {
        Map<String, Resource> out = new HashMap<>();
        for (Resource o : d.listSubjectsWithProperty(VDKG.annotatedEntity, r).toList()) {
            Statement p = o.getProperty(VDKG.annotatedProperty);
            Statement v = o.getProperty(VDKG.annotatedValue);
            if (p != null && v != null && p.getObject().isURIResource()) {
                out.put(key(d.createProperty(p.getResource().getURI()), v.getObject()), o);
            }
        }
        return out;
    }

    private static String key(Property p, RDFNode value) {
        return p.getURI() + " " + value;
    }

    /** Where a value comes from: the origin's name, the reference work and the curators' note. */
    private void origin(Html h, Resource o) {
        Statement origin = o.getProperty(VDKG.origin);
        if (origin != null && origin.getObject().isURIResource()) {
            h.raw("<span class=\"origin\">").text(names.name(origin.getResource().getURI())).raw("</span>");
        }
        Statement ref = o.getProperty(VDKG.reference);
        if (ref != null && ref.getObject().isLiteral()) {
            h.text(", ").raw("<cite>").text(ref.getString()).raw("</cite>");
        }
        Statement note = o.getProperty(VDKG.curatorNote);
        if (note != null && note.getObject().isLiteral()) {
            h.text(": " + note.getString());
        }
    }

    /**
     * A value; sub-nodes of a claim (item lines, participants, ...) or of the page's own entity (a quantity per unit)
     * are shown inline, not as bare links.
     */
    private void value(Html h, RDFNode o, String self, int depth) {
        boolean claimSubNode = o.isURIResource() && iris.isClaimNode(o.asResource().getURI())
                && !iris.claimOf(o.asResource().getURI()).equals(o.asResource().getURI());
        boolean entitySubNode = o.isURIResource() && self != null && o.asResource().getURI().startsWith(self + "/");
        if ((claimSubNode || entitySubNode) && depth < 3) {
            List<Statement> sub = d.listStatements(o.asResource(), null, (RDFNode) null).toList().stream()
                    .filter(st -> !st.getPredicate().equals(RDF.type)).sorted(order()).toList();
            if (!sub.isEmpty()) {
                h.raw("<span class=\"sub\">[");
                for (int i = 0; i < sub.size(); i++) {
                    if (i > 0) {
                        h.raw("; ");
                    }
                    h.text(Names.curie(sub.get(i).getPredicate().getURI())).raw(": ");
                    value(h, sub.get(i).getObject(), self, depth + 1);
                }
                h.raw("]</span>");
                return;
            }
        }
        node(h, o, self);
    }

    private void node(Html h, RDFNode n, String self) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            h.text(l.getLexicalForm());
            if (!l.getLanguage().isEmpty()) {
                h.raw(" <span class=\"lang\">@").text(l.getLanguage()).raw("</span>");
            }
        } else if (n.isURIResource()) {
            String u = n.asResource().getURI();
            if (u.equals(self)) {
                h.raw("<strong>").text(names.name(u)).raw("</strong>");
            } else {
                h.link(iris.href(u), names.name(u));
            }
        } else {
            h.text("(blank node)");
        }
    }

    private static Comparator<Statement> order() {
        return Comparator.comparing((Statement st) -> st.getPredicate().getURI())
                .thenComparing(st -> st.getObject().toString());
    }
}
