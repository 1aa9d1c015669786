package org.vdkg.network;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The actor network as graph tools see it: nodes are entities (actors, and the places they visited and events they
 * took part in), edges are typed relations between them with the time spans and the claims they rest on.
 *
 * @param nodes the entities, sorted by id
 * @param edges the relations, sorted by source, type and target
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges) {

    /** The part of this network made of the given relation types, and the nodes they touch. */
    public ActorNetwork only(Set<String> relations) {
        List<Edge> kept = edges.stream().filter(e -> relations.contains(e.relation())).toList();
        Set<String> ends = new HashSet<>();
        kept.forEach(e -> {
            ends.add(e.source());
            ends.add(e.target());
        });
        return new ActorNetwork(nodes.stream().filter(n -> ends.contains(n.id())).toList(), kept);
    }

    /** How the edges' directions mix, which decides the graph kind each format declares. */
    public enum Directions {
        /** Every edge directed (or no edge): a directed graph. */
        DIRECTED,
        /** Every edge undirected: an undirected graph, which networkx reads as {@code Graph}. */
        UNDIRECTED,
        /** Both kinds: a directed graph whose undirected edges are marked one by one (networkx has no such graph). */
        MIXED
    }

    /** Whether this network's edges are all directed, all undirected, or both. */
    public Directions directions() {
        boolean directed = edges.stream().anyMatch(Edge::directed);
        boolean undirected = edges.stream().anyMatch(e -> !e.directed());
        return undirected ? (directed ? Directions.MIXED : Directions.UNDIRECTED) : Directions.DIRECTED;
    }

    /** Every language tag any node has a label in, sorted (so each format can give every name a column). */
    public List<String> languages() {
        return nodes.stream().flatMap(n -> n.labels().keySet().stream()).distinct().sorted().toList();
    }

    /**
     * One entity.
     *
     * @param id a short id that is a valid XML NMTOKEN and DOT id: the IRI's path after {@code id/}, with
     *     {@code /} turned into {@code .} (e.g. {@code org.soviet-union})
     * @param iri the entity IRI
     * @param path the IRI's server-relative path ({@code /id/org/soviet-union}), where its page is served
     * @param label the English label (the id when there is none)
     * @param type the most specific class's local name ({@code State}, {@code Person}...)
     * @param family the broad kind of the type, for shapes and colours ({@code person}, {@code state},
     *     {@code organisation}, {@code place}, {@code event} or {@code other})
     * @param labels labels by language tag
     * @param wikidata the Wikidata IRI when the entity has a verified exact match ({@code skos:exactMatch}), else null
     * @param wikidataClose the Wikidata IRI when the entity has only a close match ({@code skos:closeMatch}), else null
     */
    public record Node(String id, String iri, String path, String label, String type, String family,
            Map<String, String> labels,
            String wikidata, String wikidataClose) {

        /**
         * The label in a language: under its own tag, else under the first tag of that language with a script or
         * region in tag order, so that {@code zh} finds a {@code zh-Hans} label before a {@code zh-Hant} one.
         */
        public String labelIn(String language) {
            String exact = labels.get(language);
            if (exact != null) {
                return exact;
            }
            return new java.util.TreeMap<>(labels).entrySet().stream().filter(e -> e.getKey().startsWith(language + "-"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /**
     * One relation between two nodes.
     *
     * @param id a stable id ({@code e1}, {@code e2}... in sorted order)
     * @param relation the relation type
     * @param source the source node id
     * @param target the target node id (for a symmetric relation, the pair is ordered by id)
     * @param directed false for a symmetric relation (one undirected edge per pair)
     * @param evidence the claims it rests on, sorted by IRI; empty when nothing in the data says why
     * @param spans the time bounds of its dated claims, in order; empty when no claim is dated
     */
    public record Edge(String id, String relation, String source, String target, boolean directed,
            List<Evidence> evidence, List<Span> spans) {

        /** How many claims support it (its evidence count). */
        public int claims() {
            return evidence.size();
        }

        /** True when some dated claim has no lower bound ("before 1960"): the edge's start is open, not unknown. */
        public boolean openStart() {
            return spans.stream().anyMatch(s -> s.earliest() == null);
        }

        /** True when some dated claim has no upper bound ("1950 or later"): the edge's end is open, not at the timeline's end. */
        public boolean openEnd() {
            return spans.stream().anyMatch(s -> s.latest() == null);
        }

        /** The earliest bound over all spans, or null. */
        public LocalDate earliest() {
            return spans.stream().map(Span::earliest).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        }

        /** The latest bound over all spans, or null. */
        public LocalDate latest() {
            return spans.stream().map(Span::latest).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        }
    }

    /**
     * One claim behind an edge.
     *
     * @param iri the claim IRI
     * @param path its server-relative path ({@code /id/claim/...}), where its page and evidence are served
     * @param title the claim in a few readable words
     */
    public record Evidence(String iri, String path, String title) {
    }

    /** The time bounds of one claim; either end may be open (null). */
    public record Span(LocalDate earliest, LocalDate latest) {
    }
}
