package org.vdkg.model;

import java.util.List;
import org.vdkg.problem.Position;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.YMap;

/**
 * One claim of {@code data/claims/<source>.yaml}: the keys common to all kinds, read into fields, and
 * the claim's map, from which each kind's mapper reads its own keys.
 */
public record ClaimRecord(String sourceId, String curator, String id, String kind, Position pos,
                          List<Located<Integer>> paragraphs, List<Located<Integer>> footnotes, YMap node) {

    /** The keys every claim may carry, whatever its kind. */
    public static final List<String> COMMON_KEYS = List.of("id", "kind", "paragraph", "footnote", "time", "place",
        "confidence", "note", "ambiguity", "alternative_of", "occasion", "claim_rank", "rank_reason", "contradicts",
        "corroborates");
}
