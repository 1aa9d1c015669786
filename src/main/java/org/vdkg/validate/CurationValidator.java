package org.vdkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.SourceRecord;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/** Runs every rule over the curated facts and returns all problems found, in file and line order. */
public final class CurationValidator {

    /** The order problems are reported in: file, line, column, then id. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column).thenComparing(Problem::id);

    private CurationValidator() {
    }

    public static List<Problem> validate(Curation c) {
        return validate(c, WikidataTable.bundled());
    }

    public static List<Problem> validate(Curation c, WikidataTable wikidata) {
        List<Problem> problems = new ArrayList<>();
        Map<String, EntityRecord> entities = new LinkedHashMap<>();
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
        Map<String, SourceRecord> sources = new LinkedHashMap<>();
        c.sources().stream().filter(s -> s.id() != null).forEach(s -> sources.putIfAbsent(s.id(), s));
        Checks checks = new Checks(problems, entities);
        new SourceRules(checks).check(c);
        new EntityRules(checks, wikidata).check(c.entities());
        ClaimRules claimRules = new ClaimRules(checks, sources);
        ClaimLinkRules linkRules = new ClaimLinkRules(checks, c.claimsFiles());
        for (ClaimsFile f : c.claimsFiles()) {
            claimRules.check(f);
            linkRules.check(f);
        }
        new AffiliationRules(checks).check(c.claimsFiles());
        for (EntityRecord e : entities.values()) {
            if (!checks.usedEntities.contains(e.id()) && !e.node().has("note")) {
                checks.add(Rule.ENTITY_NEVER_USED, e.pos(), "entity '" + e.id() + "' is referenced by no claim",
                    "use it in a claim, remove it, or say in note why it is kept");
            }
        }
        problems.sort(ORDER);
        return problems;
    }
}
