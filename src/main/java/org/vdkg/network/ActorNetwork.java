package org.vdkg.network;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The actor network as graph tools see it: nodes are entities, edges are typed relations between them with the
 * time spans and the number of the claims they rest on.
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

    /**
     * One entity.
     *
     * @param id a short id that is a valid XML NMTOKEN and DOT id: the IRI's path after {@code id/}, with
     *     {@code /} turned into {@code .} (e.g. {@code org.soviet-union})
     * @param iri the entity IRI
     * @param path the IRI's server-relative path ({@code /id/org/soviet-union}), where its page is served
     * @param label the English label (the id when there is none)
     * @param type the most specific class's local name ({@code State}, {@code Person}...)
     * @param labels labels by language tag
     * @param wikidata the Wikidata IRI when the entity has a verified exact match ({@code skos:exactMatch}), else null
     * @param wikidataClose the Wikidata IRI when the entity has only a close match ({@code skos:closeMatch}), else null
     */
    public record Node(String id, String iri, String path, String label, String type, Map<String, String> labels,
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
     * @param claims how many claims support it (its evidence count; 0 when nothing in the data says why)
     * @param spans the time bounds of its dated claims, in order; empty when no claim is dated
     */
    public record Edge(String id, String relation, String source, String target, boolean directed, int claims,
            List<Span> spans) {

        /** The earliest bound over all spans, or null. */
        public LocalDate earliest() {
            return spans.stream().map(Span::earliest).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        }

        /** The latest bound over all spans, or null. */
        public LocalDate latest() {
            return spans.stream().map(Span::latest).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        }
    }

    /** The time bounds of one claim; either end may be open (null). */
    public record Span(LocalDate earliest, LocalDate latest) {
    }
}
