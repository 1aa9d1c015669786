package org.vdkg.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vdkg.model.EntityRecord;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** Checks shared by the rule sets: slugs, entity references, concepts, numbers, value shapes. */
final class Checks {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    final List<Problem> problems;
    final Map<String, EntityRecord> entities;
    final Set<String> usedEntities = new HashSet<>();

    Checks(List<Problem> problems, Map<String, EntityRecord> entities) {
        this.problems = problems;
        this.entities = entities;
    }

    void add(Rule rule, Position at, String message, String hint) {
        problems.add(rule.problem(at, message, hint));
    }

    void keys(YMap m, Set<String> allowed, String where) {
        m.reportUnknownKeys(allowed, where, problems);
    }

    void slug(String id, Position at, String what) {
        if (!SLUG.matcher(id).matches()) {
            add(Rule.BAD_SLUG, at, what + " '" + id + "' is not a slug",
                "use lower-case ASCII letters, digits and single hyphens, e.g. '"
                    + id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "'");
        }
    }

    /** The scalar at {@code n}, or a bad-structure problem. */
    Optional<YScalar> scalar(YNode n, String key) {
        if (n instanceof YScalar s) {
            return s.isNull() ? Optional.empty() : Optional.of(s);
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a single value, not " + n.shape(),
            "write one value after '" + key + ":'");
        return Optional.empty();
    }

    /** The scalars of a scalar or a list of scalars. */
    List<YScalar> scalars(YNode n, String key) {
        if (n instanceof YScalar s) {
            return s.isNull() ? List.of() : List.of(s);
        }
        if (n instanceof YList l) {
            List<YScalar> out = new java.util.ArrayList<>();
            for (YNode i : l.items()) {
                if (i instanceof YScalar s && !s.isNull()) {
                    out.add(s);
                } else {
                    add(Rule.BAD_STRUCTURE, i.pos(), "each item of '" + key + "' must be a single value, not " + i.shape(),
                        "write a list of plain values, e.g. [a, b]");
                }
            }
            return out;
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a value or a list, not " + n.shape(),
            "write '" + key + ": [a, b]'");
        return List.of();
    }

    /** A list of maps, or a bad-structure problem. */
    List<YMap> mapList(YNode n, String key) {
        if (!(n instanceof YList l)) {
            add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a list of maps, not " + n.shape(),
                "write each entry as '- {key: value, ...}'");
            return List.of();
        }
        List<YMap> out = new java.util.ArrayList<>();
        for (YNode i : l.items()) {
            if (i instanceof YMap m) {
                out.add(m);
            } else {
                add(Rule.BAD_STRUCTURE, i.pos(), "each item of '" + key + "' must be a map, not " + i.shape(),
                    "write the entry as '{key: value, ...}'");
            }
        }
        return out;
    }

    Optional<YMap> map(YNode n, String key) {
        if (n instanceof YMap m) {
            return Optional.of(m);
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a map, not " + n.shape(),
            "write '" + key + ": {key: value, ...}'");
        return Optional.empty();
    }

    /** Checks an entity reference: known slug and, when given, an accepted type. */
    void entity(YScalar ref, String key, EntityTypes.Group expects) {
        String slug = ref.value();
        EntityRecord e = entities.get(slug);
        if (e == null) {
            String hint = Suggest.closest(slug, entities.keySet()).map(s -> "did you mean '" + s + "'?")
                .orElse("add '" + slug + "' to an entities file, or use an existing slug");
            add(Rule.UNKNOWN_ENTITY, ref.pos(), "unknown entity '" + slug + "' in '" + key + "'", hint);
            return;
        }
        usedEntities.add(slug);
        if (expects != null && e.type() != null && EntityTypes.isType(e.type()) && !expects.accepts(e.type())) {
            add(Rule.WRONG_ENTITY_TYPE, ref.pos(), "'" + key + "' expects " + expects.description() + ", but '" + slug
                + "' is a " + e.type(), "refer to an entity of the expected type, or correct the entity's type");
        }
    }

    void concept(YScalar v, String scheme, String key) {
        if (Schemes.contains(scheme, v.value())) {
            return;
        }
        Rule rule = switch (scheme) {
            case Schemes.CURRENCY -> Rule.UNKNOWN_CURRENCY;
            case Schemes.UNIT -> Rule.UNKNOWN_UNIT;
            default -> Rule.UNKNOWN_CONCEPT;
        };
        String hint = Suggest.closest(v.value(), Schemes.concepts(scheme)).map(s -> "did you mean '" + s + "'? ")
            .orElse("") + "allowed: " + String.join(", ", Schemes.concepts(scheme));
        add(rule, v.pos(), "unknown " + scheme + " '" + v.value() + "' in '" + key + "'", hint);
    }

    /** Checks a number (>= 0); returns its value when valid. */
    Optional<java.math.BigDecimal> number(YMap m, String key) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YScalar s && Values.isNumber(s.value())) {
            return Optional.of(new java.math.BigDecimal(s.value().trim()));
        }
        String shown = n.get() instanceof YScalar s ? s.value() : n.get().shape();
        add(Rule.BAD_QUANTITY, n.get().pos(), "'" + key + "' must be a number >= 0, not '" + shown + "'",
            "write digits only, e.g. 125; put words in quantity_text");
        return Optional.empty();
    }

    /** Checks quantity keys of {@code m}: numbers, min <= max. */
    void quantity(YMap m, String where) {
        Optional<java.math.BigDecimal> q = number(m, "quantity");
        Optional<java.math.BigDecimal> min = number(m, "quantity_min");
        Optional<java.math.BigDecimal> max = number(m, "quantity_max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            add(Rule.BAD_QUANTITY, m.posOf("quantity_min"), "quantity_min " + min.get() + " is greater than quantity_max "
                + max.get() + " in " + where, "swap the bounds");
        }
        if (q.isPresent() && (m.has("quantity_min") || m.has("quantity_max"))) {
            add(Rule.BAD_QUANTITY, m.posOf("quantity"), "both an exact quantity and bounds in " + where,
                "give either quantity (exact) or quantity_min/quantity_max (vague)");
        }
        if (!m.has("quantity") && !m.has("quantity_min") && !m.has("quantity_max") && !m.has("quantity_text")) {
            add(Rule.MISSING_FIELD, m.pos(), "no quantity in " + where,
                "give quantity, quantity_min/quantity_max, or quantity_text");
        }
    }
}
