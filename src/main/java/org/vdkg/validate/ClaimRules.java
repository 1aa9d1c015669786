package org.vdkg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimKinds;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Field;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.TimeSpan;
import org.vdkg.model.ValueType;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** Rules over {@code data/claims/*.yaml}: common claim keys, and each kind's keys through its fields. */
final class ClaimRules {

    static final Set<String> ITEM_KEYS = Set.of("item", "quantity", "quantity_min", "quantity_max", "quantity_text",
        "unit", "note");
    static final Set<String> QUANTITY_KEYS = Set.of("quantity", "quantity_min", "quantity_max", "quantity_text");
    static final Set<String> POINT_KEYS = Set.of("measure", "time", "quantity", "quantity_min", "quantity_max",
        "quantity_text", "unit");

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
            Optional<YScalar> id = c.node().get("id").flatMap(n -> checks.scalar(n, "id"));
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
        YMap m = c.node();
        Optional<YScalar> kind = m.get("kind").flatMap(n -> checks.scalar(n, "kind"));
        Optional<ClaimKind> claimKind = Optional.empty();
        if (kind.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, c.pos(), "claim '" + c.id() + "' has no 'kind:'",
                "add kind: one of " + String.join(", ", ClaimKinds.kinds()));
        } else {
            claimKind = ClaimKinds.forKind(kind.get().value());
            if (claimKind.isEmpty()) {
                checks.add(Rule.UNKNOWN_KIND, kind.get().pos(), "unknown claim kind '" + kind.get().value() + "'",
                    Suggest.closest(kind.get().value(), ClaimKinds.kinds()).map(s -> "did you mean '" + s + "'? ")
                        .orElse("") + "kinds: " + String.join(", ", ClaimKinds.kinds()));
            }
        }
        claimKind.ifPresent(x -> checks.keys(m, x.keys(), "for kind '" + x.kind() + "'"));
        if (claimKind.isEmpty()) {
            checks.keys(m, Set.copyOf(allKeys()), "in a claim");
        }
        paragraphs(c, m, source);
        footnotes(c, m, source);
        Optional<TimeSpan> time = m.get("time").flatMap(t -> TimeSpan.read(t, checks.problems));
        if (time.isPresent() && time.get().vague() && m.get("confidence").isEmpty()) {
            checks.add(Rule.VAGUE_TIME_WITHOUT_CONFIDENCE, m.posOf("time"), "vague time '" + time.get().edtf()
                + "' without a confidence", "add confidence: medium (or high/low)");
        }
        m.get("place").ifPresent(p -> checks.scalars(p, "place")
            .forEach(s -> checks.entity(s, "place", EntityTypes.Group.PLACE)));
        m.get("confidence").flatMap(n -> checks.scalar(n, "confidence"))
            .ifPresent(s -> checks.concept(s, Schemes.CONFIDENCE, "confidence"));
        for (String k : List.of("note", "ambiguity")) {
            m.get(k).ifPresent(n -> checks.scalar(n, k));
        }
        for (String k : List.of("alternative_of", "occasion")) {
            m.get(k).flatMap(n -> checks.scalar(n, k)).ifPresent(s -> claimRef(s, k, claimIds, c.id()));
        }
        claimKind.ifPresent(x -> x.fields().forEach(fd -> field(m, fd, claimIds, c.id())));
        claimKind.ifPresent(x -> selfReferences(m, x, c.id()));
    }

    /**
     * An entity named twice in one list, or in two roles of a claim that exclude each other (the donor as its own
     * recipient, an organisation as its own member): a slip of copy and paste, which would put a loop in the graph.
     */
    private void selfReferences(YMap m, ClaimKind kind, String self) {
        for (Field f : kind.fields()) {
            // A participant may take part in two roles; a list of entities names each once.
            if (f.type() != ValueType.ENTITIES && f.type() != ValueType.DESTINATIONS) {
                continue;
            }
            Map<String, YScalar> seen = new HashMap<>();
            for (YScalar s : actors(m, f.key())) {
                YScalar first = seen.putIfAbsent(s.value(), s);
                if (first != null) {
                    checks.add(Rule.SELF_REFERENCE, s.pos(), "'" + s.value() + "' is named twice in '" + f.key() + "' of claim '"
                        + self + "' (first at column " + first.pos().column() + ")", "name each entity once; if another was meant,"
                        + " write its slug");
                }
            }
        }
        for (List<String> roles : kind.distinctRoles()) {
            Map<String, String> roleOf = new HashMap<>();
            for (String key : roles) {
                for (YScalar s : actors(m, key)) {
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

    /** The slugs written under {@code key}: a value, a list of values, or the actors of a participant list. */
    private static List<YScalar> actors(YMap m, String key) {
        List<YScalar> out = new java.util.ArrayList<>();
        m.get(key).ifPresent(n -> {
            List<YNode> items = n instanceof YList l ? l.items() : List.of(n);
            for (YNode i : items) {
                YNode v = i instanceof YMap p ? p.get("actor").orElse(null) : i;
                if (v instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
                    out.add(s);
                }
            }
        });
        return out;
    }

    private static List<String> allKeys() {
        java.util.Set<String> all = new java.util.TreeSet<>();
        ClaimKinds.all().forEach(x -> all.addAll(x.keys()));
        return List.copyOf(all);
    }

    private void paragraphs(ClaimRecord c, YMap m, SourceRecord source) {
        Optional<YNode> p = m.get("paragraph");
        if (p.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, c.pos(), "claim '" + c.id() + "' cites no paragraph",
                "add paragraph: <n> (numbering rule of ../shared/sources/README.md)");
            return;
        }
        for (YScalar s : checks.scalars(p.get(), "paragraph")) {
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

    private void footnotes(ClaimRecord c, YMap m, SourceRecord source) {
        Optional<YNode> fn = m.get("footnote");
        if (fn.isEmpty()) {
            return;
        }
        for (YScalar s : checks.scalars(fn.get(), "footnote")) {
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

    private void field(YMap m, Field f, Set<String> claimIds, String self) {
        Optional<YNode> v = m.get(f.key());
        if (v.isEmpty()) {
            if (f.required()) {
                checks.add(Rule.MISSING_FIELD, m.pos(), "claim '" + self + "' lacks '" + f.key() + ":'",
                    "add " + f.key() + ": (required for this kind)");
            }
            return;
        }
        YNode n = v.get();
        String key = f.key();
        switch (f.type()) {
            case ENTITY -> checks.scalar(n, key).ifPresent(s -> checks.entity(s, key, f.expects()));
            case ENTITIES, DESTINATIONS -> {
                List<YScalar> refs = checks.scalars(n, key);
                refs.forEach(s -> checks.entity(s, key, f.expects()));
                if (refs.size() < f.minCount()) {
                    checks.add(Rule.TOO_FEW_PARTIES, n.pos(), "'" + key + "' needs at least " + f.minCount()
                        + " entities, has " + refs.size(), "name every party; one claim per pair of parties");
                }
            }
            case TEXT -> checks.scalar(n, key);
            case TEXTS -> checks.scalars(n, key);
            case CONCEPT -> checks.scalar(n, key).ifPresent(s -> checks.concept(s, f.scheme(), key));
            case CONCEPTS -> checks.scalars(n, key).forEach(s -> checks.concept(s, f.scheme(), key));
            case UNIT -> checks.scalar(n, key).ifPresent(s -> checks.concept(s, Schemes.UNIT, key));
            case QUANTITY -> checks.map(n, key).ifPresent(q -> {
                checks.keys(q, QUANTITY_KEYS, "in " + key);
                checks.quantity(q, "'" + key + "'");
            });
            case VALUE -> checks.map(n, key).ifPresent(q -> {
                checks.keys(q, Set.of("amount", "currency"), "in " + key);
                if (q.get("amount").isEmpty()) {
                    checks.add(Rule.MISSING_FIELD, q.pos(), "value without amount", "add amount: <number>");
                }
                checks.number(q, "amount");
                Optional<YScalar> cur = q.get("currency").flatMap(x -> checks.scalar(x, "currency"));
                if (cur.isEmpty()) {
                    checks.add(Rule.MISSING_FIELD, q.pos(), "value without currency",
                        "add currency: one of " + String.join(", ", Schemes.concepts(Schemes.CURRENCY)));
                }
                cur.ifPresent(x -> checks.concept(x, Schemes.CURRENCY, "currency"));
            });
            case ITEMS -> checks.mapList(n, key).forEach(i -> {
                checks.keys(i, ITEM_KEYS, "in an item line");
                requiredIn(i, "item", "an item line").ifPresent(s -> checks.entity(s, "item", EntityTypes.Group.ITEM));
                checks.quantity(i, "an item line");
                i.get("unit").flatMap(x -> checks.scalar(x, "unit")).ifPresent(x -> checks.concept(x, Schemes.UNIT, "unit"));
            });
            case PARTICIPANTS -> checks.mapList(n, key).forEach(i -> {
                checks.keys(i, Set.of("actor", "role"), "in a participant");
                requiredIn(i, "actor", "a participant").ifPresent(s -> checks.entity(s, "actor", null));
                i.get("role").flatMap(x -> checks.scalar(x, "role")).ifPresent(x -> checks.concept(x, Schemes.ROLE, "role"));
            });
            case MILESTONES -> checks.mapList(n, key).forEach(i -> {
                checks.keys(i, Set.of("event", "time"), "in a milestone");
                requiredIn(i, "event", "a milestone")
                    .ifPresent(s -> checks.concept(s, Schemes.MILESTONE_KIND, "event"));
                i.get("time").ifPresent(t -> TimeSpan.read(t, checks.problems));
            });
            case POINTS -> checks.mapList(n, key).forEach(i -> {
                checks.keys(i, POINT_KEYS, "in a series point");
                requiredIn(i, "measure", "a series point");
                i.get("time").ifPresent(t -> TimeSpan.read(t, checks.problems));
                checks.quantity(i, "a series point");
                i.get("unit").flatMap(x -> checks.scalar(x, "unit")).ifPresent(x -> checks.concept(x, Schemes.UNIT, "unit"));
            });
            case POLICY_ITEMS -> checks.mapList(n, key).forEach(i -> {
                checks.keys(i, Set.of("n", "text", "refers_to"), "in a policy item");
                requiredIn(i, "text", "a policy item");
                i.get("refers_to").ifPresent(x -> checks.scalars(x, "refers_to")
                    .forEach(ref -> checks.entity(ref, "refers_to", null)));
                i.get("n").flatMap(x -> checks.scalar(x, "n")).filter(x -> Values.integer(x.value()).isEmpty())
                    .ifPresent(x -> checks.add(Rule.BAD_STRUCTURE, x.pos(), "policy item n '" + x.value()
                        + "' is not a whole number", "number the items 1, 2, ..."));
            });
            case CLAIM -> checks.scalar(n, key).ifPresent(s -> claimRef(s, key, claimIds, self));
            case CLAIMS -> checks.scalars(n, key).forEach(s -> claimRef(s, key, claimIds, self));
            default -> throw new IllegalStateException("unhandled " + f.type());
        }
    }

    private Optional<YScalar> requiredIn(YMap m, String key, String what) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, m.pos(), what + " without '" + key + ":'", "add " + key + ":");
            return Optional.empty();
        }
        return checks.scalar(n.get(), key);
    }
}
