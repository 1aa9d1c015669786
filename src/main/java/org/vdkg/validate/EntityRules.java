package org.vdkg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.map.EntityTypes;
import org.vdkg.read.EntityRecord;
import org.vdkg.read.Position;
import org.vdkg.read.YMap;
import org.vdkg.read.YNode;
import org.vdkg.read.YScalar;

/** Rules over the authority file {@code data/entities/*.yaml}. */
final class EntityRules {

    static final Set<String> KEYS = Set.of("id", "type", "label", "aliases", "description", "wikidata",
        "wikidata_match", "code", "note");

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
                }));
            m.get("description").flatMap(n -> checks.map(n, "description"))
                .ifPresent(d -> d.entries().values().forEach(this::language));
            wikidata(m);
        }
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
