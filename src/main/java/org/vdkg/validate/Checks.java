package org.vdkg.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** Checks shared by the rule sets: slugs, entity references, concepts, numbers, value shapes. */
final class Checks {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    final List<Problem> problems;
    final Map<String, EntityRecord> entities;
    final Set<String> usedEntities = new HashSet<>();
    private final Shapes shapes;

    Checks(List<Problem> problems, Map<String, EntityRecord> entities) {
        this.problems = problems;
        this.entities = entities;
        this.shapes = new Shapes(problems);
    }

    void add(Rule rule, Position at, String message, String hint) {
        problems.add(rule.problem(at, message, hint));
    }

    void keys(YMap m, Set<String> allowed, String where) {
        shapes.keys(m, allowed, where);
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
        return shapes.scalar(n, key);
    }

    /** The scalars of a scalar or a list of scalars. */
    List<YScalar> scalars(YNode n, String key) {
        return shapes.scalars(n, key);
    }

    /** A list of maps, or a bad-structure problem. */
    List<YMap> mapList(YNode n, String key) {
        return shapes.mapList(n, key);
    }

    Optional<YMap> map(YNode n, String key) {
        return shapes.map(n, key);
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
        return shapes.number(m, key);
    }
}
