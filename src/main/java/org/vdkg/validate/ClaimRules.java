package org.vdkg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.ClaimKeys;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.TimeSpan;
import org.vdkg.model.ValueType;
import org.vdkg.model.value.ClaimValue;
import org.vdkg.model.value.ValueChecks;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YScalar;

/**
 * Rules over {@code data/claims/*.yaml}: the problems found reading each claim, then what needs the other files
 * (sources, entities, the claim ids of the file), the common keys' and, through each value kind, the kind's keys.
 */
final class ClaimRules {

    private final Checks checks;
    private final Map<String, SourceRecord> sources;

    ClaimRules(Checks checks, Map<String, SourceRecord> sources) {
        this.checks = checks;
        this.sources = sources;
    }

    void check(ClaimsFile f) {
        SourceRecord source = null;
        if (f.source() != null) {
            source = sources.get(f.source().value());
            if (source == null) {
                checks.add(Rule.UNKNOWN_SOURCE, f.source().pos(), "unknown source '" + f.source().value() + "'",
                    Suggest.closest(f.source().value(), sources.keySet()).map(s -> "did you mean '" + s + "'?")
                        .orElse("add the source to data/sources.yaml"));
            } else if (!f.source().value().equals(f.stem())) {
                checks.add(Rule.UNKNOWN_SOURCE, f.source().pos(), "file " + f.file() + " declares source '"
                    + f.source().value() + "'", "name the claims file after its source: data/claims/"
                    + f.source().value() + ".yaml");
            }
        }
        if (f.node().get("curator").isEmpty()) {
            checks.add(Rule.MISSING_FIELD, f.pos(), "claims file without 'curator:'", "add curator: \"your name\"");
        }
        Map<String, Position> ids = new HashMap<>();
        for (ClaimRecord c : f.claims()) {
            checks.problems.addAll(c.problems());
            Optional<YScalar> id = c.keys().id();
            if (id.isEmpty()) {
                checks.add(Rule.MISSING_FIELD, c.pos(), "a claim without 'id:'", "add id: <slug unique in this file>");
                continue;
            }
            checks.slug(id.get().value(), id.get().pos(), "claim id");
            Position first = ids.putIfAbsent(id.get().value(), id.get().pos());
            if (first != null) {
                checks.add(Rule.DUPLICATE_ID, id.get().pos(), "claim id '" + id.get().value() + "' is already used at line "
                    + first.line(), "claim ids are unique within a file: choose another slug");
            }
        }
        for (ClaimRecord c : f.claims()) {
            claim(c, source, ids.keySet());
        }
    }

    private void claim(ClaimRecord c, SourceRecord source, Set<String> claimIds) {
        ClaimKeys k = c.keys();
        paragraphs(c, source);
        footnotes(k, source);
        Optional<TimeSpan> time = k.time();
        if (time.isPresent() && time.get().vague() && k.confidence().isEmpty()) {
            checks.add(Rule.VAGUE_TIME_WITHOUT_CONFIDENCE, k.timePos(), "vague time '" + time.get().edtf()
                + "' without a confidence", "add confidence: medium (or high/low)");
        }
        k.place().forEach(s -> checks.entity(s, "place", EntityTypes.Group.PLACE));
        k.confidence().ifPresent(s -> checks.concept(s, Schemes.CONFIDENCE, "confidence"));
        k.alternativeOf().ifPresent(s -> claimRef(s, "alternative_of", claimIds, c.id()));
        k.occasion().ifPresent(s -> claimRef(s, "occasion", claimIds, c.id()));
        ValueChecks valueChecks = new ValueChecks() {
            @Override
            public void add(Rule rule, Position at, String message, String hint) {
                checks.add(rule, at, message, hint);
            }

            @Override
            public void entity(YScalar ref, String key, EntityTypes.Group expects) {
                checks.entity(ref, key, expects);
            }

            @Override
            public void concept(YScalar value, String scheme, String key) {
                checks.concept(value, scheme, key);
            }

            @Override
            public void claimRef(YScalar ref, String key) {
                ClaimRules.this.claimRef(ref, key, claimIds, c.id());
            }
        };
        c.values().forEach(v -> v.check(valueChecks));
        c.claimKind().ifPresent(x -> selfReferences(c, x));
    }

    /**
     * An entity named twice in one list, or in two roles of a claim that exclude each other (the donor as its own
     * recipient, an organisation as its own member): a slip of copy and paste, which would put a loop in the graph.
     */
    private void selfReferences(ClaimRecord c, ClaimKind kind) {
        String self = c.id();
        for (ClaimValue v : c.values()) {
            // A participant may take part in two roles; a list of entities names each once.
            ValueType type = v.field().type();
            if (type != ValueType.ENTITIES && type != ValueType.DESTINATIONS) {
                continue;
            }
            String key = v.field().key();
            Map<String, YScalar> seen = new HashMap<>();
            for (YScalar s : v.actors()) {
                YScalar first = seen.putIfAbsent(s.value(), s);
                if (first != null) {
                    checks.add(Rule.SELF_REFERENCE, s.pos(), "'" + s.value() + "' is named twice in '" + key + "' of claim '"
                        + self + "' (first at column " + first.pos().column() + ")", "name each entity once; if another was meant,"
                        + " write its slug");
                }
            }
        }
        for (List<String> roles : kind.distinctRoles()) {
            Map<String, String> roleOf = new HashMap<>();
            for (String key : roles) {
                for (YScalar s : c.value(key).map(ClaimValue::actors).orElse(List.of())) {
                    String other = roleOf.putIfAbsent(s.value(), key);
                    if (other != null && !other.equals(key)) {
                        checks.add(Rule.SELF_REFERENCE, s.pos(), "'" + s.value() + "' is both '" + other + "' and '" + key
                            + "' of claim '" + self + "'", "correct the slug that should name another entity: "
                            + String.join(", ", roles) + " name different entities");
                    }
                }
            }
        }
    }

    private void paragraphs(ClaimRecord c, SourceRecord source) {
        Optional<List<YScalar>> p = c.keys().paragraph();
        if (p.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, c.pos(), "claim '" + c.id() + "' cites no paragraph",
                "add paragraph: <n> (numbering rule of ../shared/sources/README.md)");
            return;
        }
        for (YScalar s : p.get()) {
            Optional<Integer> n = Values.integer(s.value());
            if (n.isEmpty()) {
                checks.add(Rule.BAD_STRUCTURE, s.pos(), "paragraph '" + s.value() + "' is not a whole number",
                    "write paragraph: 21 or paragraph: [21, 22]");
            } else if (source != null && (n.get() < 1 || n.get() > source.paragraphs())) {
                checks.add(Rule.PARAGRAPH_OUT_OF_RANGE, s.pos(), "paragraph " + n.get() + " is outside 1.."
                    + source.paragraphs() + " of source '" + source.id() + "'",
                    "count paragraphs as in ../shared/sources/README.md (blocks separated by blank lines, from 1)");
            } else if (source != null && source.nonContent().containsKey(n.get())) {
                checks.add(Rule.PARAGRAPH_OUT_OF_RANGE, s.pos(), "paragraph " + n.get() + " of '" + source.id()
                    + "' is not content (" + source.nonContent().get(n.get()) + ")",
                    "cite the content paragraph that states the fact, or drop the claim");
            }
        }
    }

    private void footnotes(ClaimKeys k, SourceRecord source) {
        for (YScalar s : k.footnote()) {
            Optional<Integer> n = Values.integer(s.value());
            if (n.isEmpty()) {
                checks.add(Rule.BAD_STRUCTURE, s.pos(), "footnote '" + s.value() + "' is not a whole number",
                    "write footnote: 7 or footnote: [5, 7]");
            } else if (source != null && !source.footnotes().containsKey(n.get())) {
                checks.add(Rule.UNKNOWN_FOOTNOTE, s.pos(), "footnote " + n.get() + " is not in the footnote table of '"
                    + source.id() + "'", source.footnotes().isEmpty() ? "this source has no footnotes: remove it"
                    : "footnotes of this source: " + source.footnotes().keySet());
            }
        }
    }

    private void claimRef(YScalar s, String key, Set<String> claimIds, String self) {
        if (!claimIds.contains(s.value())) {
            checks.add(Rule.UNKNOWN_CLAIM_REF, s.pos(), "'" + key + "' names unknown claim '" + s.value() + "'",
                Suggest.closest(s.value(), claimIds).map(x -> "did you mean '" + x + "'?")
                    .orElse("refer to the id of a claim in this file"));
        } else if (s.value().equals(self)) {
            checks.add(Rule.UNKNOWN_CLAIM_REF, s.pos(), "claim '" + self + "' refers to itself in '" + key + "'",
                "refer to another claim");
        }
    }
}
