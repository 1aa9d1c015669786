package org.vdkg.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.search.EntityCatalog.Entity;
import org.vdkg.search.EntityCatalog.Name;

/** Finds entities by any of their names through the Lucene index, ranked, with the name that matched and how. */
public final class EntitySearch {

    private static final Logger LOG = LoggerFactory.getLogger(EntitySearch.class);

    /** Longest query accepted, in characters: names are short, and a huge query only costs. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Most words used of a query. */
    static final int MAX_WORDS = 12;
    private static final int HITS = 500;

    /** How a name matched the query, best first. */
    public enum How {
        /** the whole name, ignoring case and diacritics */
        EXACT,
        /** every word of the query is a word of the name */
        WORDS,
        /** the last word is the start of a word of the name (suggestions only) */
        PREFIX,
        /** close to the name, with small typos */
        SIMILAR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One ranked result: the entity, the name form that matched, how, and the index score. */
    public record Match(Entity entity, Name matched, How how, double score, boolean asTyped, int written, int closeness) {
    }

    private final DatasetGraph dsg;
    private final TextIndex index;
    private final EntityCatalog catalog;

    public EntitySearch(DatasetGraph dsg, TextIndex index) {
        this.dsg = dsg;
        this.index = index;
        this.catalog = new EntityCatalog(dsg);
    }

    /** The search over a served dataset, when it is a text dataset (see fuseki-config/vdkg.ttl). */
    public static Optional<EntitySearch> over(DatasetGraph dsg) {
        // Fuseki may wrap the assembled dataset; the index is on the text dataset or in its context.
        for (DatasetGraph d = dsg; d != null; d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null) {
            if (d instanceof DatasetGraphText text) {
                return Optional.of(new EntitySearch(dsg, text.getTextIndex()));
            }
            if (d.getContext() != null && d.getContext().get(TextQuery.textIndex) instanceof TextIndex ti) {
                return Optional.of(new EntitySearch(dsg, ti));
            }
        }
        return Optional.empty();
    }

    public EntityCatalog catalog() {
        return catalog;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Ranked entities for {@code query} (at most {@code limit}); empty for a query without words. */
    public List<Match> search(String query, int limit, boolean prefix) {
        return search(query, limit, prefix, e -> true);
    }

    /** As {@link #search(String, int, boolean)}, keeping only entities that {@code keep} accepts. */
    public List<Match> search(String query, int limit, boolean prefix, Predicate<Entity> keep) {
        List<String> words = SearchTerms.words(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        String lucene = prefix ? LuceneQuery.forPrefix(words) : LuceneQuery.forSearch(words);
        List<TextHit> hits;
        try {
            hits = index.query((Node) null, lucene, null, null, HITS);
        } catch (RuntimeException e) {
            // The query string is built from analysed words only; a failure here is not the user's syntax.
            LOG.warn("search for {} failed: {}", lucene, e.toString());
            return List.of();
        }
        List<String> queryWords = words;
        return Txn.calculateRead(dsg, () -> rank(query, hits, queryWords, prefix, limit, keep));
    }

    private List<Match> rank(String typed, List<TextHit> hits, List<String> words, boolean prefix, int limit, Predicate<Entity> keep) {
        Map<String, Match> best = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        for (TextHit hit : hits) {
            Node node = hit.getNode();
            if (node == null || !node.isURI() || rejected.contains(node.getURI())) {
                continue;
            }
            String iri = node.getURI();
            Entity entity = best.containsKey(iri) ? best.get(iri).entity() : catalog.entity(iri).filter(keep).orElse(null);
            if (entity == null) {
                rejected.add(iri);
                continue;
            }
            Name matched = matchedName(entity, hit.getLiteral());
            Match m = new Match(entity, matched, how(words, matched.text(), prefix), hit.getScore(), asTyped(typed, matched.text()),
                    written(typed, matched.text()), NameSimilarity.score(typed, matched.text()));
            Match old = best.get(iri);
            if (old == null) {
                best.put(iri, m);
            } else {
                // Report the best name, but rank the entity by its best index score.
                Match chosen = NAME_ORDER.compare(m, old) < 0 ? m : old;
                best.put(iri, new Match(entity, chosen.matched(), chosen.how(), Math.max(m.score(), old.score()), chosen.asTyped(),
                        chosen.written(), chosen.closeness()));
            }
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(ORDER);
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    /**
     * Better kind of match first; then the name form written as typed (with its diacritics or
     * script), so "Võ Nguyên Giáp" reports the Vietnamese label; then higher index score, then name.
     */
    static final Comparator<Match> ORDER = Comparator.comparing(Match::how)
            .thenComparing(m -> !m.asTyped())
            .thenComparing(Comparator.comparingDouble(Match::score).reversed())
            .thenComparing(m -> m.entity().name());

    /**
     * Which name of one entity to report: as {@link #ORDER}, then the name with more of the typed words written as typed
     * (diacritics and script included: "Nguyen Giap" reports "Vo Nguyen Giap", not "Võ Nguyên Giáp", whatever order the
     * index returns them in), then the name closest to what was typed, then labels before aliases.
     */
    static final Comparator<Match> NAME_ORDER = Comparator.comparing(Match::how)
            .thenComparing(m -> !m.asTyped())
            .thenComparing(Comparator.comparingInt(Match::written).reversed())
            .thenComparing(Comparator.comparingInt(Match::closeness).reversed())
            .thenComparing(m -> m.matched().alias())
            .thenComparing(Comparator.comparingDouble(Match::score).reversed());

    private static Name matchedName(Entity entity, Node literal) {
        if (literal != null && literal.isLiteral()) {
            String text = literal.getLiteralLexicalForm();
            for (Name n : entity.names()) {
                if (n.text().equals(text) && n.lang().equals(literal.getLiteralLanguage())) {
                    return n;
                }
            }
            for (Name n : entity.names()) {
                if (n.text().equals(text)) {
                    return n;
                }
            }
        }
        return entity.names().get(0);
    }

    /** How many of the typed words the name contains as written (case aside, diacritics and script kept). */
    private static int written(String typed, String name) {
        java.util.Set<String> nameWords = new HashSet<>(List.of(
            Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Punct}]+")));
        int n = 0;
        for (String w : Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Punct}]+")) {
            if (!w.isEmpty() && nameWords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static boolean asTyped(String typed, String name) {
        return Normalizer.normalize(typed, Normalizer.Form.NFC).strip().equalsIgnoreCase(name);
    }

    static How how(List<String> words, String name, boolean prefix) {
        List<String> nameWords = SearchTerms.words(name);
        if (nameWords.equals(words)) {
            return How.EXACT;
        }
        if (nameWords.containsAll(words)) {
            return How.WORDS;
        }
        if (prefix) {
            String last = words.get(words.size() - 1);
            if (nameWords.containsAll(words.subList(0, words.size() - 1)) && nameWords.stream().anyMatch(w -> w.startsWith(last))) {
                return How.PREFIX;
            }
        }
        return How.SIMILAR;
    }
}
