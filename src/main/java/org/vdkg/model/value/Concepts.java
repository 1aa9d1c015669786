package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.ValueType;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code CONCEPT} and {@code CONCEPTS}: concept slugs of the key's scheme, each an object of its property. */
public record Concepts(Field field, List<YScalar> slugs) implements ClaimValue {

    public static Concepts read(Field f, YNode n, Shapes s) {
        return new Concepts(f, s.scalars(n, f.key(), f.type() == ValueType.CONCEPT));
    }

    @Override
    public void check(ValueChecks c) {
        slugs.forEach(x -> c.concept(x, field.scheme(), field.key()));
    }

    @Override
    public void map(ValueMapping out) {
        slugs.forEach(x -> out.concept(field.scheme(), x.value()).ifPresent(k -> out.claim().addProperty(field.property(), k)));
    }
}
