package org.vdkg.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.value.ClaimValue;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YScalar;

/**
 * One claim of {@code data/claims/<source>.yaml}, read once: its common keys, its kind and the values of the kind's
 * keys, each typed by its value kind. {@code problems} are what reading found (shapes, unknown keys, kind, times),
 * reported by the validator with its own findings.
 *
 * @param claimKind the kind, when {@code kind:} names one
 * @param values the values of the kind's keys present in the claim, in the kind's key order
 */
public record ClaimRecord(String sourceId, String curator, Position pos, ClaimKeys keys, Optional<ClaimKind> claimKind,
                          List<ClaimValue> values, List<Problem> problems) {

    /** The keys every claim may carry, whatever its kind. */
    public static final List<String> COMMON_KEYS = List.of("id", "kind", "paragraph", "footnote", "time", "place",
        "confidence", "note", "ambiguity", "alternative_of", "occasion", "claim_rank", "rank_reason", "contradicts",
        "corroborates");

    public ClaimRecord {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    /** The claim id as written, or null. */
    public String id() {
        return keys.id().map(YScalar::value).orElse(null);
    }

    /** The {@code kind:} as written, or null. */
    public String kind() {
        return keys.kind().map(YScalar::value).orElse(null);
    }

    /** The cited paragraphs that are whole numbers. */
    public List<Located<Integer>> paragraphs() {
        return ints(keys.paragraph().orElse(List.of()));
    }

    /** The cited footnotes that are whole numbers. */
    public List<Located<Integer>> footnotes() {
        return ints(keys.footnote());
    }

    /** The value of the kind key {@code key}, when the claim has it. */
    public Optional<ClaimValue> value(String key) {
        return values.stream().filter(v -> v.field().key().equals(key)).findFirst();
    }

    /** The entity slugs the claim refers to: its place and those its values name (item lines and participants too). */
    public Set<String> entities() {
        Set<String> out = new LinkedHashSet<>();
        keys.place().forEach(p -> out.add(p.value()));
        values.forEach(v -> v.entities().forEach(e -> out.add(e.value())));
        return out;
    }

    private static List<Located<Integer>> ints(List<YScalar> written) {
        List<Located<Integer>> out = new ArrayList<>();
        written.forEach(s -> Values.integer(s.value()).ifPresent(i -> out.add(new Located<>(i, s.pos()))));
        return out;
    }
}
