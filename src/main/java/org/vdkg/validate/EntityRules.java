package org.vdkg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.EntityLink;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.Provenance;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** Rules over the authority file {@code data/entities/*.yaml}. */
final class EntityRules {

    static final Set<String> KEYS = Set.of("id", "type", "label", "aliases", "names", "description", "wikidata",
        "wikidata_match", "code", "note", "state", "parent", "no_state", "period_of", "within", "per_unit", "ordinal");

    /** The keys of one language of {@code names:}. */
    static final Set<String> NAME_KEYS = Set.of("label", "aliases", "origin", "ref", "note");

    private final Checks checks;
    private final WikidataTable wikidata;

    EntityRules(Checks checks, WikidataTable wikidata) {
        this.checks = checks;
        this.wikidata = wikidata;
    }

    void check(List<EntityRecord> entities) {
        Map<String, Position> ids = new HashMap<>();
        for (EntityRecord e : entities) {
            YMap m = e.node();
            checks.keys(m, KEYS, "in an entity");
            Optional<YScalar> id = m.get("id").flatMap(n -> checks.scalar(n, "id"));
            if (id.isEmpty()) {
                checks.add(Rule.MISSING_FIELD, m.pos(), "an entity without 'id:'", "add id: <slug>");
            } else {
                checks.slug(id.get().value(), id.get().pos(), "entity id");
                Position first = ids.putIfAbsent(id.get().value(), id.get().pos());
                if (first != null) {
                    checks.add(Rule.DUPLICATE_ID, id.get().pos(), "entity '" + id.get().value() + "' is already defined at "
                        + first.file() + ":" + first.line(), "entity slugs are unique across all entity files: merge the two");
                }
            }
            type(m);
            labels(m, e);
            m.get("aliases").flatMap(n -> checks.map(n, "aliases"))
                .ifPresent(a -> a.entries().values().forEach(x -> {
                    language(x);
                    checks.scalars(x.value(), "aliases." + x.key());
                    outsideLanguage(x, e, "aliases");
                }));
            names(m, e);
            description(m, e);
            wikidata(m);
            links(m, e);
            values(m, e);
        }
    }

    /** The articles are in English: a name in another language under label: or aliases: is outside knowledge. */
    private void outsideLanguage(YMap.Entry x, EntityRecord e, String key) {
        if (!x.key().equals("en") && LanguageTag.isValid(x.key())) {
            boolean one = key.equals("label");
            checks.add(Rule.UNMARKED_OUTSIDE_FACT, x.keyPos(), "the " + key + " in '" + x.key() + "' of '" + e.id()
                + (one ? "' comes" : "' come") + " from outside the articles (which are in English) and "
                + (one ? "has" : "have") + " no origin",
                "move " + (one ? "it" : "them") + " to names: {" + x.key() + ": {" + (one ? "label" : "aliases")
                    + ": ..., origin: curator}} (or origin: reference with ref:)");
        }
    }

    /** {@code names: {lang: {label, aliases, origin, ref, note}}}: name forms from outside the articles. */
    private void names(YMap m, EntityRecord e) {
        m.get("names").flatMap(n -> checks.map(n, "names")).ifPresent(nm -> nm.entries().values().forEach(x -> {
            language(x);
            checks.map(x.value(), "names." + x.key()).ifPresent(block -> {
                checks.keys(block, NAME_KEYS, "in names." + x.key());
                block.get("label").flatMap(l -> checks.scalar(l, "names." + x.key() + ".label")).ifPresent(l -> {
                    if (x.key().equals("en")) {
                        checks.add(Rule.BAD_STRUCTURE, l.pos(), "an English label under names: of '" + e.id() + "'",
                            "the English label is label.en, the name the article uses; give other English forms as aliases");
                    } else if (m.get("label").filter(YMap.class::isInstance).map(lm -> ((YMap) lm).has(x.key())).orElse(false)) {
                        checks.add(Rule.BAD_STRUCTURE, l.pos(), "'" + e.id() + "' has a label in '" + x.key()
                            + "' both under label: and under names:", "keep the one under names:, with its origin");
                    }
                });
                block.get("aliases").ifPresent(a -> checks.scalars(a, "names." + x.key() + ".aliases"));
                if (block.get("label").isEmpty() && block.get("aliases").isEmpty()) {
                    checks.add(Rule.MISSING_FIELD, block.pos(), "names." + x.key() + " of '" + e.id() + "' has no name",
                        "give label: and/or aliases:");
                }
                provenance(block, "the names in '" + x.key() + "' of '" + e.id() + "'");
            });
        }));
    }

    /** {@code description: {en: ..., origin: ...}}: an origin marks a description that says more than the articles. */
    private void description(YMap m, EntityRecord e) {
        m.get("description").flatMap(n -> checks.map(n, "description")).ifPresent(d -> {
            boolean marked = d.has("origin");
            d.entries().values().forEach(x -> {
                if (Provenance.KEYS.contains(x.key())) {
                    return;
                }
                language(x);
                checks.scalar(x.value(), "description." + x.key());
                if (!marked && !x.key().equals("en") && LanguageTag.isValid(x.key())) {
                    checks.add(Rule.UNMARKED_OUTSIDE_FACT, x.keyPos(), "the description in '" + x.key() + "' of '"
                        + e.id() + "' is not the curator's summary of the articles and has no origin",
                        "add origin: curator (or reference with ref:) to description, or remove it");
                }
            });
            if (marked) {
                provenance(d, "the description of '" + e.id() + "'");
            }
        });
    }

    /** state, parent, period_of, within: {of: slug(s), origin, ref, note}. */
    private void links(YMap m, EntityRecord e) {
        for (EntityLink link : EntityLink.values()) {
            m.get(link.key()).flatMap(n -> checks.map(n, link.key())).ifPresent(l -> {
                checks.keys(l, LINK_KEYS, "in " + link.key());
                carriedBy(m, e, link.key(), link.carriedBy());
                Optional<YNode> of = l.get("of");
                if (of.isEmpty()) {
                    checks.add(Rule.MISSING_FIELD, l.pos(), "'" + link.key() + "' of '" + e.id() + "' names no entity",
                        "write " + link.key() + ": {of: <slug>, origin: ...}");
                } else {
                    List<YScalar> refs = link == EntityLink.STATE ? checks.scalars(of.get(), link.key() + ".of")
                        : checks.scalar(of.get(), link.key() + ".of").stream().toList();
                    refs.forEach(ref -> checks.entity(ref, link.key() + ".of", link.target()));
                }
                provenance(l, "the " + link.key().replace('_', ' ') + " link of '" + e.id() + "'");
            });
        }
        m.get("no_state").flatMap(n -> checks.scalar(n, "no_state")).ifPresent(t -> {
            carriedBy(m, e, "no_state", EntityTypes.Group.BODY);
            if (m.has("state")) {
                checks.add(Rule.BAD_STRUCTURE, t.pos(), "'" + e.id() + "' has both state: and no_state:",
                    "keep state: if the body belongs to a state, else no_state: with the reason");
            }
        });
    }

    /** per_unit: {quantity, unit, origin} on item types; ordinal: {n, origin} on events. */
    private void values(YMap m, EntityRecord e) {
        m.get("per_unit").flatMap(n -> checks.map(n, "per_unit")).ifPresent(q -> {
            checks.keys(q, PER_UNIT_KEYS, "in per_unit");
            carriedBy(m, e, "per_unit", EntityTypes.Group.ITEM);
            if (q.get("quantity").isEmpty()) {
                checks.add(Rule.MISSING_FIELD, q.pos(), "per_unit of '" + e.id() + "' without quantity",
                    "add quantity: <number>");
            }
            checks.number(q, "quantity");
            q.get("unit").flatMap(x -> checks.scalar(x, "unit")).ifPresent(x -> checks.concept(x, Schemes.UNIT, "unit"));
            provenance(q, "the per-unit quantity of '" + e.id() + "'");
        });
        m.get("ordinal").flatMap(n -> checks.map(n, "ordinal")).ifPresent(o -> {
            checks.keys(o, ORDINAL_KEYS, "in ordinal");
            carriedBy(m, e, "ordinal", EntityTypes.Group.EVENT);
            Optional<YScalar> n = o.get("n").flatMap(x -> checks.scalar(x, "ordinal.n"));
            if (n.isEmpty() || Values.integer(n.get().value()).filter(i -> i > 0).isEmpty()) {
                checks.add(Rule.BAD_STRUCTURE, n.map(YScalar::pos).orElse(o.pos()), "ordinal of '" + e.id()
                    + "' needs n: a whole number >= 1", "write ordinal: {n: 13, origin: name}");
            }
            provenance(o, "the ordinal of '" + e.id() + "'");
        });
    }

    private static final Set<String> LINK_KEYS = Set.of("of", "origin", "ref", "note");
    private static final Set<String> PER_UNIT_KEYS = Set.of("quantity", "unit", "origin", "ref", "note");
    private static final Set<String> ORDINAL_KEYS = Set.of("n", "origin", "ref", "note");

    /** A wrong-entity-type problem when this entity's type may not carry {@code key}. */
    private void carriedBy(YMap m, EntityRecord e, String key, EntityTypes.Group group) {
        if (e.type() != null && EntityTypes.isType(e.type()) && !group.accepts(e.type())) {
            checks.add(Rule.WRONG_ENTITY_TYPE, m.entries().get(key).keyPos(), "'" + key + "' is for " + group.description()
                + ", but '" + e.id() + "' is a " + e.type(), "remove " + key + ": or correct the entity's type");
        }
    }

    /** The origin recorded in {@code m}: present, from the origin list, with ref: when it is a reference work. */
    private void provenance(YMap m, String what) {
        Optional<YScalar> origin = m.get("origin").flatMap(n -> checks.scalar(n, "origin"));
        if (origin.isEmpty()) {
            checks.add(Rule.UNMARKED_OUTSIDE_FACT, m.pos(), what + " states no origin: no article says it",
                "add origin: name (read from the entity's own name), curator, or reference with ref: <the work>");
            return;
        }
        checks.concept(origin.get(), Schemes.ORIGIN, "origin");
        if (origin.get().value().equals("reference") && m.get("ref").isEmpty()) {
            checks.add(Rule.MISSING_FIELD, origin.get().pos(), what + " comes from a reference work that is not named",
                "add ref: \"<title, edition, page>\"");
        }
        m.get("ref").ifPresent(n -> checks.scalar(n, "ref"));
        m.get("note").ifPresent(n -> checks.scalar(n, "note"));
    }

    private void type(YMap m) {
        Optional<YScalar> t = m.get("type").flatMap(n -> checks.scalar(n, "type"));
        if (t.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, m.pos(), "an entity without 'type:'",
                "add type: one of " + String.join(", ", EntityTypes.sorted()));
            return;
        }
        if (!EntityTypes.isType(t.get().value())) {
            checks.add(Rule.UNKNOWN_CONCEPT, t.get().pos(), "unknown entity type '" + t.get().value() + "'",
                Suggest.closest(t.get().value(), EntityTypes.all()).map(s -> "did you mean '" + s + "'? ").orElse("")
                    + "types: " + String.join(", ", EntityTypes.sorted()));
        }
    }

    private void labels(YMap m, EntityRecord e) {
        Optional<YNode> l = m.get("label");
        if (l.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, m.pos(), "entity '" + e.id() + "' has no label",
                "add label: {en: \"Name as the article gives it\"}");
            return;
        }
        checks.map(l.get(), "label").ifPresent(lm -> {
            lm.entries().values().forEach(x -> {
                language(x);
                checks.scalar(x.value(), "label." + x.key());
                outsideLanguage(x, e, "label");
            });
            if (lm.get("en").isEmpty()) {
                checks.add(Rule.MISSING_FIELD, lm.pos(), "entity '" + e.id() + "' has no English label",
                    "add en: \"...\" to label (the name as the article gives it)");
            }
        });
    }

    private void language(YMap.Entry e) {
        if (!LanguageTag.isValid(e.key())) {
            checks.add(Rule.BAD_STRUCTURE, e.keyPos(), "'" + printable(e.key()) + "' is not a language tag", LanguageTag.HINT);
        }
    }

    /** The key as the message shows it: control characters as {@code \\u0000}. */
    private static String printable(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : Character.toString(c)));
        return sb.toString();
    }

    private void wikidata(YMap m) {
        Optional<YScalar> q = m.get("wikidata").flatMap(n -> checks.scalar(n, "wikidata"));
        Optional<YScalar> match = m.get("wikidata_match").flatMap(n -> checks.scalar(n, "wikidata_match"));
        if (q.isEmpty()) {
            match.ifPresent(x -> checks.add(Rule.BAD_WIKIDATA, x.pos(), "wikidata_match without wikidata",
                "remove wikidata_match, or add the verified id"));
            return;
        }
        Optional<WikidataTable.Row> row = wikidata.row(q.get().value());
        if (row.isEmpty()) {
            checks.add(Rule.BAD_WIKIDATA, q.get().pos(), "Wikidata id '" + q.get().value()
                + "' is not in the verified table", "link only ids listed in ../shared/reference/wikidata.tsv; remove it");
            return;
        }
        if (match.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, q.get().pos(), "wikidata without wikidata_match",
                "add wikidata_match: " + (row.get().verified() ? "exact" : "close"));
            return;
        }
        String v = match.get().value();
        if (!v.equals("exact") && !v.equals("close")) {
            checks.add(Rule.BAD_WIKIDATA, match.get().pos(), "wikidata_match '" + v + "' is neither exact nor close",
                "write exact (verified row) or close (single-source row)");
        } else if (v.equals("exact") && !row.get().verified()) {
            checks.add(Rule.BAD_WIKIDATA, match.get().pos(), "'" + q.get().value() + "' is " + row.get().status()
                + " in the table: it may be linked only as a close match", "write wikidata_match: close and add a note");
        } else if (v.equals("close") && !m.has("note")) {
            checks.add(Rule.CLOSE_MATCH_WITHOUT_NOTE, match.get().pos(), "close Wikidata match without a note",
                "say in note why the link is only close (e.g. single-source)");
        }
    }
}
