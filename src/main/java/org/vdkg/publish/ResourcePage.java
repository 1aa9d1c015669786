package org.vdkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.GEO;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Html;
import org.vdkg.web.Offer;
import org.vdkg.words.ClaimWords;
import org.vdkg.words.DateWords;

/**
 * The HTML page of one resource, drawn from its description: labels in every language, types, its own
 * properties, each value that no article states marked with its origin (curator knowledge, a reference work, the
 * entity's own name...), every claim that mentions it with the evidence (source, paragraph, footnote, cited work),
 * and the links pointing at it.
 */
final class ResourcePage {

    private static final Set<Property> LABELS = Set.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTerms.title);
    private static final String OWL_THING = "http://www.w3.org/2002/07/owl#Thing";
    private static final Set<Property> MATCHES = Set.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.mappingRelation);

    /** Index triples the build derives so that queries can start from a constant: not shown at all. */
    private static final Set<Property> INDEX = Set.of(VDKG.nameKey, VDKG.mentions, VDKG.inSource);
    /** What the evidence block shows, so the field table leaves it out. */
    private static final Set<Property> EVIDENCE = Set.of(PROV.wasDerivedFrom, VDKG.confidence, VDKG.ambiguityNote,
            VDKG.alternativeReadingOf, VDKG.curatorNote, VDKG.claimRank, VDKG.rankReason, VDKG.contradicts,
            VDKG.corroborates, PROV.wasGeneratedBy);

    private final IriScheme iris;
    private final ResourceDescriber describer;
    private final Model d;
    private final Model union;
    private final Names names;
    private final Predicate<Statement> derived;
    private final SourceParagraphs sources;

    /**
     * @param description what {@link ResourceDescriber} gives for the IRI
     * @param union the whole graph (labels, claim fields for the words), readable while the page is drawn
     * @param derived whether a statement exists only as a derivation of the build (graph/inferred)
     * @param sources the source texts whose paragraphs the evidence quotes, or {@link SourceParagraphs#NONE}
     */
    ResourcePage(IriScheme iris, ResourceDescriber describer, Model description, Model union, Predicate<Statement> derived,
            SourceParagraphs sources) {
        this.iris = iris;
        this.describer = describer;
        this.d = description;
        this.union = union;
        this.names = new Names(description, union);
        this.derived = derived;
        this.sources = sources;
    }

    String render(String iri) {
        Resource r = d.createResource(iri);
        boolean claimPage = iris.isClaimNode(iri) && iris.claimOf(iri).equals(iri);
        String title = claimPage ? ClaimWords.title(union, union.createResource(iri))
                : names.label(iri).orElseGet(() -> untitled(r));
        Html h = new Html(title, IriScheme.path(iri));
        h.element("h1", title);
        if (claimPage) {
            h.raw("<p class=\"when\">").text(DateWords.of(union.createResource(iri))).raw("</p>\n");
        } else {
            what(h, r);
        }
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

        List<Resource> types = types(r, false);
        if (!types.isEmpty()) {
            h.element("h2", "Types");
            h.raw("<ul class=\"types\">");
            for (Resource t : types) {
                h.raw("<li>");
                node(h, t, iri);
                h.raw("</li>");
            }
            h.raw("</ul>\n");
        }

        List<Statement> props = d.listStatements(r, null, (RDFNode) null).toList().stream()
                .filter(st -> !LABELS.contains(st.getPredicate()) && !st.getPredicate().equals(RDF.type)
                        && !isWikidataMatch(st) && !INDEX.contains(st.getPredicate()) && !derived.test(st)
                        && !(claimPage && EVIDENCE.contains(st.getPredicate())) && !st.getPredicate().equals(PROV.wasDerivedFrom))
                .sorted(order()).toList();
        wikidata(h, r, origins);
        coordinates(h, r);
        if (!props.isEmpty()) {
            h.element("h2", claimPage ? "What the claim says" : "Properties");
            table(h, props, iri, origins);
        }
        if (iris.isClaimNode(iri)) {
            h.element("h2", "Evidence");
            evidence(h, r, claimPage);
        } else {
            relations(h, r);
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
            h.element("h2", "Claims (" + claims.size() + "), in order of time");
            h.raw("<ol class=\"claims\">\n");
            for (String c : chronological(claims)) {
                claim(h, d.createResource(c), iri);
            }
            h.raw("</ol>\n");
        }

        List<Statement> inbound = d.listStatements(null, null, r).toList().stream()
                .filter(st -> !st.getSubject().isURIResource() || !iris.isClaimNode(st.getSubject().getURI()))
                .filter(st -> !st.getPredicate().equals(VDKG.annotatedEntity) && !st.getPredicate().equals(VDKG.annotatedValue))
                .filter(st -> !derived.test(st) && !INDEX.contains(st.getPredicate()))
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
        derivedSection(h, r, iri);
        return h.finish();
    }

    /**
     * The one line that says who or what this is: its most specific stated type, the state it belongs to and the body
     * above it ("Ministry, of Vietnam, part of the Government of Vietnam").
     */
    private void what(Html h, Resource r) {
        List<Resource> types = types(r, false).stream().filter(t -> t.getURI().startsWith(VDKG.NS)).toList();
        List<RDFNode> states = objects(r, VDKG.ofState);
        List<RDFNode> parents = objects(r, VDKG.subOrganisationOf);
        if (types.isEmpty() && states.isEmpty() && parents.isEmpty()) {
            return;
        }
        h.raw("<p class=\"what\">");
        h.text(types.isEmpty() ? "" : String.join(", ", types.stream().map(t -> names.name(t.getURI())).toList()));
        for (RDFNode s : states) {
            h.text(", of ");
            node(h, s, null);
        }
        for (RDFNode p : parents) {
            h.text(", part of ");
            node(h, p, null);
        }
        h.raw("</p>\n");
    }

    private List<RDFNode> objects(Resource r, Property p) {
        return d.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isURIResource)
                .sorted(Comparator.comparing(n -> n.asResource().getURI())).toList();
    }

    /** The IRI types of {@code r}: the stated ones, or only those the build derived. */
    private List<Resource> types(Resource r, boolean derivedOnes) {
        return d.listStatements(r, RDF.type, (RDFNode) null).toList().stream()
                .filter(st -> st.getObject().isURIResource() && derived.test(st) == derivedOnes)
                .map(st -> st.getResource()).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /**
     * The relations that claims establish (the shortcut relations the build derives from them), grouped by kind, each
     * partner with the dates in words of the claims here that name both.
     */
    private void relations(Html h, Resource r) {
        Map<String, List<String[]>> groups = new java.util.TreeMap<>();
        String self = names.name(r.getURI());
        for (Statement st : d.listStatements(r, null, (RDFNode) null).toList()) {
            if (isShortcut(st) && !st.getObject().equals(r)) {
                groups.computeIfAbsent(self + " " + names.name(st.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(new String[] {st.getResource().getURI()});
            }
        }
        for (Statement st : d.listStatements(null, null, r).toList()) {
            // An inverse or symmetric relation is already listed from this side.
            if (isShortcut(st) && !st.getSubject().equals(r) && !mirrored(st.getPredicate())) {
                groups.computeIfAbsent("… " + names.name(st.getPredicate().getURI()) + " " + self, k -> new ArrayList<>())
                        .add(new String[] {st.getSubject().getURI()});
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        Map<String, Set<String>> mentioned = mentions();
        h.element("h2", "Relations");
        h.raw("<p class=\"note\">Derived from the claims below; the dates are those of the claims that name both.</p>\n");
        for (Map.Entry<String, List<String[]>> g : groups.entrySet()) {
            h.raw("<h3 class=\"relation\">").text(g.getKey()).raw("</h3>\n<ul class=\"relation\">");
            for (String other : g.getValue().stream().map(x -> x[0]).distinct()
                    .sorted(Comparator.comparing(names::name)).toList()) {
                h.raw("<li>");
                node(h, d.createResource(other), null);
                List<String> both = mentioned.entrySet().stream().filter(e -> e.getValue().contains(other))
                        .map(Map.Entry::getKey).toList();
                List<String> dates = chronological(both).stream().map(c -> DateWords.of(union.createResource(c)))
                        .distinct().toList();
                if (!dates.isEmpty()) {
                    h.text(": " + String.join("; ", dates) + " (" + both.size() + (both.size() == 1 ? " claim)" : " claims)"));
                }
                h.raw("</li>");
            }
            h.raw("</ul>\n");
        }
    }

    /** A derived statement between two entities whose property has a derivation rule (a shortcut of the ontology). */
    private boolean isShortcut(Statement st) {
        return st.getObject().isURIResource() && st.getSubject().isURIResource() && derived.test(st)
                && !iris.isClaimNode(st.getSubject().getURI()) && !iris.isClaimNode(st.getResource().getURI())
                && union.contains(st.getPredicate(), VDKG.derivation);
    }

    /** Whether the ontology gives {@code p} an inverse or makes it symmetric, so the build states it both ways. */
    private boolean mirrored(Property p) {
        return union.contains(p, OWL.inverseOf) || union.contains(null, OWL.inverseOf, p)
                || union.contains(p, RDF.type, OWL.SymmetricProperty);
    }

    /** For each claim of the description, the IRIs it names (through its sub-nodes too). */
    private Map<String, Set<String>> mentions() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Statement st : d.listStatements().toList()) {
            if (st.getSubject().isURIResource() && iris.isClaimNode(st.getSubject().getURI())
                    && st.getObject().isURIResource()) {
                out.computeIfAbsent(iris.claimOf(st.getSubject().getURI()), k -> new HashSet<>())
                        .add(st.getResource().getURI());
            }
        }
        return out;
    }

    /** Claims by their earliest date, then latest, then IRI; undated ones last. */
    private List<String> chronological(java.util.Collection<String> claims) {
        Comparator<String> byEarliest = Comparator.comparing((String c) -> date(c, VDKG.earliest),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return claims.stream().sorted(byEarliest
                .thenComparing(c -> date(c, VDKG.latest), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private String date(String claim, Property p) {
        Statement st = union.getProperty(union.createResource(claim), p);
        return st != null && st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : null;
    }

    /**
     * What the build derived about {@code r}, kept apart: the types implied by the class tree (prov:Agent,
     * foaf:Agent...) and the derived statements (shortcut relations, inverses, super-properties). The index triples
     * for queries are counted, not listed.
     */
    private void derivedSection(Html h, Resource r, String iri) {
        List<Resource> types = types(r, true).stream().filter(t -> !t.getURI().equals(OWL_THING)).toList();
        List<Statement> stmts = d.listStatements(r, null, (RDFNode) null).toList().stream()
                .filter(st -> derived.test(st) && !st.getPredicate().equals(RDF.type) && !INDEX.contains(st.getPredicate())
                        && !isWikidataMatch(st) && !LABELS.contains(st.getPredicate()))
                .sorted(order()).toList();
        long index = d.listStatements(r, null, (RDFNode) null).toList().stream()
                .filter(st -> INDEX.contains(st.getPredicate())).count();
        if (types.isEmpty() && stmts.isEmpty() && index == 0) {
            return;
        }
        h.raw("<section class=\"derived\" id=\"derived\">");
        h.element("h2", "Derived");
        h.raw("<p class=\"note\">Not stated by a curator: the build derives these from the ontology and the claims "
                + "(graph/inferred), so that queries stay simple.</p>\n");
        if (!types.isEmpty()) {
            h.raw("<p class=\"types\">Also of the types: ");
            for (int i = 0; i < types.size(); i++) {
                h.text(i == 0 ? "" : ", ");
                node(h, types.get(i), iri);
            }
            h.raw("</p>\n");
        }
        table(h, stmts, iri, Map.of());
        if (index > 0) {
            h.raw("<p class=\"note\">").text(index + " index statements for queries (vdkg:nameKey, vdkg:mentions, "
                    + "vdkg:inSource) are in the RDF forms of this description.").raw("</p>\n");
        }
        h.raw("</section>\n");
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

    /** One claim of an entity's list: its title and date in words, its fields and its evidence. */
    private void claim(Html h, Resource c, String self) {
        Resource inUnion = union.createResource(c.getURI());
        h.raw("<li class=\"claim\"><h3>");
        h.link(iris.href(c.getURI()), ClaimWords.title(union, inUnion));
        h.raw("</h3>\n<p class=\"when\">").text(DateWords.of(inUnion)).raw("</p>\n");
        table(h, d.listStatements(c, null, (RDFNode) null).toList().stream()
                .filter(st -> !st.getPredicate().equals(RDF.type) && !EVIDENCE.contains(st.getPredicate())
                        && !LABELS.contains(st.getPredicate()) && !INDEX.contains(st.getPredicate()) && !derived.test(st))
                .sorted(order()).toList(), self, Map.of());
        evidence(h, c, false);
        h.raw("</li>\n");
    }

    /**
     * The evidence of {@code claim}: for each citation its source (by title), paragraphs, footnotes with the cited
     * work and pages; the claim's confidence, ambiguity note, the claim it is an alternative reading of, and the
     * curator's note. With {@code quote} and the source texts at hand, the cited paragraphs and footnotes themselves,
     * read from the source files now.
     */
    private void evidence(Html h, Resource claim, boolean quote) {
        h.raw("<div class=\"evidence\">\n");
        for (RDFNode cit : d.listObjectsOfProperty(claim, PROV.wasDerivedFrom).toList()) {
            if (!cit.isResource()) {
                continue;
            }
            Resource c = cit.asResource();
            h.raw("<p class=\"citation\">");
            List<Resource> srcs = d.listObjectsOfProperty(c, VDKG.source).toList().stream().filter(RDFNode::isURIResource)
                    .map(RDFNode::asResource).toList();
            for (Resource s : srcs) {
                h.raw("Source: ");
                node(h, s, null);
                h.raw("; ");
            }
            values(h, "paragraph", c, VDKG.paragraph);
            List<Integer> footnotes = numbers(c, VDKG.footnote);
            values(h, "footnote", c, VDKG.footnote);
            for (RDFNode w : d.listObjectsOfProperty(c, VDKG.citedWork).toList()) {
                h.raw("cited work: ");
                node(h, w, null);
                h.raw("; ");
            }
            values(h, "pages", c, VDKG.pages);
            h.raw("</p>\n");
            if (quote && sources.available()) {
                for (Resource s : srcs) {
                    String id = s.getURI().substring(s.getURI().lastIndexOf('/') + 1);
                    for (int n : numbers(c, VDKG.paragraph)) {
                        quote(h, id, n, "paragraph " + n);
                    }
                    for (int f : footnotes) {
                        Statement fp = union.getProperty(union.createResource(s.getURI() + "/footnote/" + f), VDKG.paragraph);
                        if (fp != null && fp.getObject().isLiteral()) {
                            quote(h, id, fp.getInt(), "footnote " + f + " (paragraph " + fp.getInt() + ")");
                        }
                    }
                }
            }
        }
        for (RDFNode conf : d.listObjectsOfProperty(claim, VDKG.confidence).toList()) {
            h.raw("<p class=\"confidence\">Confidence: ");
            node(h, conf, null);
            h.raw("</p>\n");
        }
        for (RDFNode note : d.listObjectsOfProperty(claim, VDKG.ambiguityNote).toList()) {
            h.raw("<p class=\"ambiguity\">Ambiguity: ").text(note.isLiteral() ? note.asLiteral().getLexicalForm() : "")
                    .raw("</p>\n");
        }
        for (RDFNode alt : d.listObjectsOfProperty(claim, VDKG.alternativeReadingOf).toList()) {
            if (alt.isURIResource()) {
                h.raw("<p class=\"alternative\">An alternative reading of: ");
                h.link(iris.href(alt.asResource().getURI()), ClaimWords.title(union, union.createResource(alt.asResource().getURI())));
                h.raw("</p>\n");
            }
        }
        for (Statement st : union.listStatements(null, VDKG.alternativeReadingOf, claim).toList()) {
            h.raw("<p class=\"alternative\">Read otherwise in: ");
            h.link(iris.href(st.getSubject().getURI()), ClaimWords.title(union, st.getSubject()));
            h.raw("</p>\n");
        }
        disagreement(h, claim);
        for (RDFNode note : d.listObjectsOfProperty(claim, VDKG.curatorNote).toList()) {
            h.raw("<p class=\"curator-note\">Curator's note: ").text(note.isLiteral() ? note.asLiteral().getLexicalForm() : "")
                    .raw("</p>\n");
        }
        h.raw("</div>\n");
    }

    /**
     * How the claim stands against other sources: its rank with the curator's reason, the claims of other sources it
     * contradicts or corroborates (a link written on either claim), and the commit that last changed it.
     */
    private void disagreement(Html h, Resource claim) {
        for (RDFNode rank : d.listObjectsOfProperty(claim, VDKG.claimRank).toList()) {
            h.raw("<p class=\"rank\">Rank: ");
            node(h, rank, null);
            for (RDFNode why : d.listObjectsOfProperty(claim, VDKG.rankReason).toList()) {
                h.raw(" (").text(why.isLiteral() ? why.asLiteral().getLexicalForm() : "").raw(")");
            }
            h.raw("</p>\n");
        }
        for (Property p : List.of(VDKG.contradicts, VDKG.corroborates)) {
            Set<String> others = new TreeSet<>();
            union.listObjectsOfProperty(claim, p).filterKeep(RDFNode::isURIResource)
                .forEachRemaining(o -> others.add(o.asResource().getURI()));
            union.listSubjectsWithProperty(p, claim).filterKeep(RDFNode::isURIResource)
                .forEachRemaining(s -> others.add(s.getURI()));
            for (String other : others) {
                h.raw("<p class=\"" + p.getLocalName() + "\">" + (p.equals(VDKG.contradicts) ? "Contradicted by" : "Corroborated by")
                    + " another source: ");
                h.link(iris.href(other), ClaimWords.title(union, union.createResource(other)));
                h.raw("</p>\n");
            }
        }
        for (RDFNode commit : d.listObjectsOfProperty(claim, PROV.wasGeneratedBy).toList()) {
            if (commit.isResource()) {
                Statement id = union.getProperty(commit.asResource(), VDKG.commitId);
                Statement when = union.getProperty(commit.asResource(), PROV.endedAtTime);
                h.raw("<p class=\"history\">Last changed in commit <code>")
                    .text(id == null ? "" : id.getString().substring(0, Math.min(12, id.getString().length())))
                    .raw("</code>").text(when == null ? "" : ", " + when.getLiteral().getLexicalForm().substring(0, 10))
                    .raw("</p>\n");
            }
        }
    }

    /** One paragraph of a source text, as the file has it now (never stored in the project). */
    private void quote(Html h, String sourceId, int n, String what) {
        sources.paragraph(sourceId, n).ifPresent(text -> h.raw("<figure class=\"quote\"><figcaption>").text(what)
                .raw(", as the source text reads</figcaption><blockquote>").text(text).raw("</blockquote></figure>\n"));
    }

    private List<Integer> numbers(Resource s, Property p) {
        return d.listObjectsOfProperty(s, p).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt)
                .sorted().distinct().toList();
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
                    h.text(names.name(sub.get(i).getPredicate().getURI())).raw(": ");
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
