package org.vdkg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vdkg.model.ClaimKeys;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimKinds;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.TimeSpan;
import org.vdkg.model.value.ClaimValue;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/**
 * Reads one claim map into a {@link ClaimRecord}, once: its common keys, its kind, and each key of the kind through its
 * value kind. What does not fit (a key of the wrong shape, an unknown key or kind, a bad time) becomes the record's problems.
 */
final class ClaimReader {

    /** Every key of every kind: what a claim of an unknown kind may carry. */
    private static final Set<String> ALL_KEYS = allKeys();

    private ClaimReader() {
    }

    static ClaimRecord read(String sourceId, String curator, YMap m) {
        List<Problem> problems = new ArrayList<>();
        Shapes s = new Shapes(problems);
        Optional<YScalar> id = s.scalar(m, "id");
        String self = id.map(YScalar::value).orElse(null);
        Optional<YScalar> kind = s.scalar(m, "kind");
        Optional<ClaimKind> claimKind = Optional.empty();
        if (kind.isEmpty()) {
            s.add(Rule.MISSING_FIELD, m.pos(), "claim '" + self + "' has no 'kind:'",
                "add kind: one of " + String.join(", ", ClaimKinds.kinds()));
        } else {
            claimKind = ClaimKinds.forKind(kind.get().value());
            if (claimKind.isEmpty()) {
                s.add(Rule.UNKNOWN_KIND, kind.get().pos(), "unknown claim kind '" + kind.get().value() + "'",
                    Suggest.closest(kind.get().value(), ClaimKinds.kinds()).map(x -> "did you mean '" + x + "'? ")
                        .orElse("") + "kinds: " + String.join(", ", ClaimKinds.kinds()));
            }
        }
        if (claimKind.isPresent()) {
            s.keys(m, claimKind.get().keys(), "for kind '" + claimKind.get().kind() + "'");
        } else {
            s.keys(m, ALL_KEYS, "in a claim");
        }
        Optional<List<YScalar>> paragraph = m.get("paragraph").map(p -> s.scalars(p, "paragraph"));
        List<YScalar> footnote = m.get("footnote").map(f -> s.scalars(f, "footnote")).orElse(List.of());
        Optional<TimeSpan> time = m.get("time").flatMap(t -> TimeSpan.read(t, problems));
        List<YScalar> place = m.get("place").map(p -> s.scalars(p, "place")).orElse(List.of());
        Optional<YScalar> confidence = s.scalar(m, "confidence");
        ClaimKeys keys = new ClaimKeys(id, kind, paragraph, m.posOf("paragraph"), footnote, time, m.posOf("time"), place,
            confidence, s.scalar(m, "note"), s.scalar(m, "ambiguity"), s.scalar(m, "alternative_of"),
            s.scalar(m, "occasion"), s.scalar(m, "claim_rank"), m.posOf("claim_rank"), s.scalar(m, "rank_reason"),
            m.get("contradicts").map(x -> s.scalars(x, "contradicts")).orElse(List.of()),
            m.get("corroborates").map(x -> s.scalars(x, "corroborates")).orElse(List.of()));
        List<ClaimValue> values = new ArrayList<>();
        for (Field f : claimKind.map(ClaimKind::fields).orElse(List.of())) {
            Optional<YNode> v = m.get(f.key());
            if (v.isPresent()) {
                values.add(f.type().read(f, v.get(), s));
            } else if (f.required()) {
                s.add(Rule.MISSING_FIELD, m.pos(), "claim '" + self + "' lacks '" + f.key() + ":'",
                    "add " + f.key() + ": (required for this kind)");
            }
        }
        return new ClaimRecord(sourceId, curator, m.pos(), keys, claimKind, values, problems);
    }

    private static Set<String> allKeys() {
        Set<String> all = new TreeSet<>();
        ClaimKinds.all().forEach(x -> all.addAll(x.keys()));
        return Set.copyOf(all);
    }
}
