package org.vdkg.validate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.YScalar;

/**
 * Rules over the keys by which claims of different sources meet: {@code claim_rank} with its {@code rank_reason}, and
 * {@code contradicts} / {@code corroborates}, which name claims of other files as {@code <source-id>/<claim-id>}.
 */
final class ClaimLinkRules {

    private final Checks checks;
    private final Set<String> allClaims = new LinkedHashSet<>();

    ClaimLinkRules(Checks checks, List<ClaimsFile> files) {
        this.checks = checks;
        for (ClaimsFile f : files) {
            String source = f.sourceId();
            f.claims().stream().filter(c -> c.id() != null).forEach(c -> allClaims.add(source + "/" + c.id()));
        }
    }

    void check(ClaimsFile f) {
        String source = f.sourceId();
        for (ClaimRecord c : f.claims()) {
            rank(c);
            Map<String, String> linked = new HashMap<>();
            c.keys().contradicts().forEach(s -> link(s, "contradicts", source, c.id(), linked));
            c.keys().corroborates().forEach(s -> link(s, "corroborates", source, c.id(), linked));
        }
    }

    private void rank(ClaimRecord c) {
        Optional<YScalar> rank = c.keys().claimRank();
        rank.ifPresent(r -> checks.concept(r, Schemes.RANK, "claim_rank"));
        Optional<YScalar> reason = c.keys().rankReason();
        boolean judged = rank.map(r -> !r.value().equals("normal")).orElse(false);
        if (judged && reason.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, c.keys().claimRankPos(), "claim '" + c.id() + "' is ranked "
                + rank.get().value() + " without a reason", "add rank_reason: \"why, in your own words\"");
        }
        if (reason.isPresent() && !judged) {
            checks.add(Rule.MISSING_FIELD, reason.get().pos(), "claim '" + c.id() + "' gives a rank_reason but is not"
                + " ranked preferred or deprecated", "add claim_rank: preferred (or deprecated), or remove rank_reason");
        }
    }

    private void link(YScalar s, String key, String source, String self, Map<String, String> linked) {
        String ref = s.value();
        if (!allClaims.contains(ref)) {
            checks.add(Rule.UNKNOWN_CLAIM_REF, s.pos(), "'" + key + "' names unknown claim '" + ref + "'",
                Suggest.closest(ref, allClaims).map(x -> "did you mean '" + x + "'?")
                    .orElse("write <source-id>/<claim-id> of a claim in another claims file"));
            return;
        }
        if (ref.startsWith(source + "/")) {
            checks.add(Rule.UNKNOWN_CLAIM_REF, s.pos(), "claim '" + self + "' links with '" + key + "' to '" + ref
                + "' of its own source", ref.equals(source + "/" + self) ? "link to a claim of another source"
                : "two readings of one source are linked with alternative_of: " + ref.substring(source.length() + 1));
            return;
        }
        String other = linked.putIfAbsent(ref, key);
        if (other != null) {
            checks.add(Rule.UNKNOWN_CLAIM_REF, s.pos(), "claim '" + self + "' names '" + ref + "' in both '" + other
                + "' and '" + key + "'", "keep one: two claims either contradict or corroborate each other");
        }
    }
}
