package org.vdkg.model;

import java.util.List;
import java.util.Optional;
import org.vdkg.problem.Position;
import org.vdkg.yaml.YScalar;

/**
 * The keys every claim may carry whatever its kind ({@link ClaimRecord#COMMON_KEYS}), read once: each as written, with
 * its position, for the validator to check and the mapper to map. A key of the wrong shape reads as absent.
 *
 * @param paragraph the paragraph numbers as written; empty when the key is missing
 * @param paragraphPos where {@code paragraph:} is written (or the claim, when it is not)
 * @param timePos where {@code time:} is written (or the claim, when it is not)
 * @param claimRankPos where {@code claim_rank:} is written (or the claim, when it is not)
 * @param contradicts the claims of other sources named by {@code contradicts:}, as {@code <source-id>/<claim-id>}
 * @param corroborates the same for {@code corroborates:}
 */
public record ClaimKeys(Optional<YScalar> id, Optional<YScalar> kind, Optional<List<YScalar>> paragraph,
                        Position paragraphPos, List<YScalar> footnote, Optional<TimeSpan> time, Position timePos,
                        List<YScalar> place, Optional<YScalar> confidence, Optional<YScalar> note,
                        Optional<YScalar> ambiguity, Optional<YScalar> alternativeOf, Optional<YScalar> occasion,
                        Optional<YScalar> claimRank, Position claimRankPos, Optional<YScalar> rankReason,
                        List<YScalar> contradicts, List<YScalar> corroborates) {
}
