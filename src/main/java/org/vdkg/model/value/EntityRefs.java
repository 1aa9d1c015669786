package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.ValueType;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code ENTITY} and {@code ENTITIES}: one or several entity slugs, each an object of the key's property. */
public record EntityRefs(Field field, Position pos, List<YScalar> slugs) implements ClaimValue {

    public static EntityRefs read(Field f, YNode n, Shapes s) {
        return new EntityRefs(f, n.pos(), s.scalars(n, f.key(), f.type() == ValueType.ENTITY));
    }

    @Override
    public void check(ValueChecks c) {
        slugs.forEach(x -> c.entity(x, field.key(), field.expects()));
        if (slugs.size() < field.minCount()) {
            c.add(Rule.TOO_FEW_PARTIES, pos, "'" + field.key() + "' needs at least " + field.minCount()
                + " entities, has " + slugs.size(), "name every party; one claim per pair of parties");
        }
    }

    @Override
    public void map(ValueMapping out) {
        slugs.forEach(x -> out.entity(x.value()).ifPresent(e -> out.claim().addProperty(field.property(), e)));
    }

    @Override
    public List<YScalar> entities() {
        return slugs;
    }

    @Override
    public List<YScalar> actors() {
        return slugs.stream().filter(x -> !x.value().isBlank()).toList();
    }
}
