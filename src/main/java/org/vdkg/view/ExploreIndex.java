package org.vdkg.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.network.Relation;
import org.vdkg.web.ServedDataset;
import org.vdkg.vocab.VDKG;
import org.vdkg.words.ClaimWords;
import org.vdkg.words.DateWords;

/**
 * The explorer's facts about every claim and the labels of every facet value, read once per server when the
 * database does not change while it is served ({@link org.vdkg.web.Precomputed}), so each request filters and counts
 * in memory.
 */
final class ExploreIndex {

    private static final String ID = "/id/";
    private static final Property WAS_DERIVED_FROM =
        ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final List<ExploreClaim> claims;
    /** Facet value key -> label, for actors, states, places and sources. */
    private final Map<String, String> labels;
    /** Claim kind local name -> its class label. */
    private final Map<String, String> kinds;

    private ExploreIndex(List<ExploreClaim> claims, Map<String, String> labels, Map<String, String> kinds) {
        this.claims = claims;
        this.labels = labels;
        this.kinds = kinds;
    }

    /** The index of a served dataset, read now. */
    static ExploreIndex of(DatasetGraph dsg) {
        // A dataset without named graphs (e.g. the stock configuration with RDFS inference) holds all in its default graph.
        return Txn.calculateRead(dsg, () -> read(dsg.listGraphNodes().hasNext()
            ? ServedDataset.union(dsg) : ModelFactory.createModelForGraph(dsg.getDefaultGraph())));
    }

    /** Reads the index from the union of all graphs. */
    static ExploreIndex read(Model m) {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> kinds = new TreeMap<>();
        List<ExploreClaim> out = new ArrayList<>();
        Property mentions = m.createProperty(VDKG.NS + "mentions");
        Property inSource = m.createProperty(VDKG.NS + "inSource");
        Property actingState = m.createProperty(VDKG.NS + "actingState");
        Property locatedIn = m.createProperty(VDKG.NS + "locatedIn");
        Property nameKey = m.createProperty(VDKG.NS + "nameKey");
        for (Statement st : m.listStatements(null, inSource, (RDFNode) null).toList()) {
            Resource c = st.getSubject();
            if (!c.isURIResource() || !st.getObject().isURIResource() || c.getURI().indexOf("/id/claim/") < 0) {
                continue;
            }
            Resource source = st.getResource();
            String sourceKey = tail(source.getURI());
            labels.putIfAbsent("source:" + sourceKey, text(source, DCTerms.title, sourceKey));
            String kind = ClaimWords.kind(c);
            kinds.putIfAbsent(kind, text(m.createResource(VDKG.NS + kind), RDFS.label, kind));
            Set<String> actors = new TreeSet<>();
            Set<String> states = new TreeSet<>();
            Set<String> places = new TreeSet<>();
            Set<String> names = new TreeSet<>();
            Set<Resource> named = new LinkedHashSet<>();
            Set<Resource> placeNodes = new LinkedHashSet<>();
            for (Statement ms : c.listProperties(mentions).toList()) {
                if (!ms.getObject().isURIResource()) {
                    continue;
                }
                Resource e = ms.getResource();
                named.add(e);
                m.listObjectsOfProperty(e, nameKey).forEachRemaining(k -> names.add(k.asLiteral().getLexicalForm()));
                if (e.hasProperty(RDF.type, VDKG.Actor)) {
                    actors.add(key(e, labels));
                    m.listObjectsOfProperty(e, actingState).forEachRemaining(s -> {
                        if (s.isURIResource()) {
                            states.add(key(s.asResource(), labels));
                        }
                    });
                }
                if (e.hasProperty(RDF.type, VDKG.Place)) {
                    placeNodes.add(e);
                }
            }
            c.listProperties(VDKG.place).forEachRemaining(p -> placeNodes.add(p.getResource()));
            c.listProperties(VDKG.hasDestination).forEachRemaining(d -> d.getResource().listProperties(VDKG.destination)
                .forEachRemaining(p -> placeNodes.add(p.getResource())));
            for (Resource p : placeNodes) {
                if (p.isURIResource()) {
                    places.add(key(p, labels));
                    m.listObjectsOfProperty(p, locatedIn).forEachRemaining(w -> {
                        if (w.isURIResource()) {
                            places.add(key(w.asResource(), labels));
                        }
                    });
                }
            }
            out.add(new ExploreClaim(c.getURI(), c.getURI().substring(c.getURI().indexOf("/id/claim/") + 10),
                c.getURI().substring(c.getURI().indexOf(ID)), ClaimWords.title(m, c), kind, kinds.get(kind),
                DateWords.of(c), date(c, VDKG.earliest), date(c, VDKG.latest), sourceKey, paragraphs(c),
                confidence(c), rank(c), ambiguous(m, c), Set.copyOf(actors), Set.copyOf(states), Set.copyOf(places),
                Set.copyOf(names), edges(m, named, labels)));
        }
        out.sort(Comparator.comparing((ExploreClaim x) -> x.earliest() == null ? LocalDate.MAX : x.earliest())
            .thenComparing(x -> x.latest() == null ? LocalDate.MAX : x.latest()).thenComparing(ExploreClaim::title)
            .thenComparing(ExploreClaim::iri));
        return new ExploreIndex(List.copyOf(out), Map.copyOf(labels), Map.copyOf(kinds));
    }

    List<ExploreClaim> claims() {
        return claims;
    }

    /** The label of an actor, state or place key, or of a source id ({@code source:<id>}); the key when unknown. */
    String label(String key) {
        return labels.getOrDefault(key, key);
    }

    boolean isEntity(String key) {
        return labels.containsKey(key) && !key.startsWith("source:");
    }

    boolean isSource(String id) {
        return labels.containsKey("source:" + id);
    }

    Map<String, String> kinds() {
        return kinds;
    }

    /** The shortcut relations among the entities a claim names (the network of a set of claims is their union). */
    private static List<String[]> edges(Model m, Set<Resource> named, Map<String, String> labels) {
        List<String[]> out = new ArrayList<>();
        for (Resource s : named) {
            for (Relation r : Relation.values()) {
                for (RDFNode o : m.listObjectsOfProperty(s, r.property()).toList()) {
                    if (o.isURIResource() && named.contains(o.asResource()) && !o.equals(s)) {
                        String a = key(s, labels);
                        String b = key(o.asResource(), labels);
                        if (r.symmetric() && a.compareTo(b) > 0) {
                            continue; // the other direction of the same pair is kept
                        }
                        out.add(new String[] {a, r.type(), b, Boolean.toString(!r.symmetric())});
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The key of an entity ({@code org/soviet-union}), remembering its label. */
    private static String key(Resource e, Map<String, String> labels) {
        String iri = e.getURI();
        int at = iri.indexOf(ID);
        String key = at >= 0 ? iri.substring(at + ID.length()) : iri;
        labels.computeIfAbsent(key, k -> ClaimWords.label(e));
        return key;
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String text(Resource r, Property p, String fallback) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && (s.getLanguage().isEmpty() || s.getLanguage().startsWith("en"))) {
                return s.getString();
            }
        }
        return fallback;
    }

    private static LocalDate date(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(s.getLiteral().getLexicalForm().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Integer> paragraphs(Resource c) {
        Set<Integer> out = new TreeSet<>();
        for (Statement d : c.listProperties(WAS_DERIVED_FROM).toList()) {
            if (d.getObject().isResource()) {
                d.getResource().listProperties(VDKG.paragraph).forEachRemaining(p -> {
                    if (p.getObject().isLiteral()) {
                        out.add(p.getInt());
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    private static String confidence(Resource c) {
        Statement s = c.getProperty(VDKG.confidence);
        return s == null || !s.getObject().isURIResource() ? "none" : tail(s.getResource().getURI());
    }

    private static String rank(Resource c) {
        Statement s = c.getProperty(VDKG.claimRank);
        return s == null || !s.getObject().isURIResource() ? "normal" : tail(s.getResource().getURI());
    }

    private static boolean ambiguous(Model m, Resource c) {
        return c.hasProperty(VDKG.ambiguityNote) || c.hasProperty(VDKG.alternativeReadingOf)
            || m.contains(null, VDKG.alternativeReadingOf, c);
    }
}
