package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.vocab.Schemes;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code UNIT}: a unit concept, put on the quantity node of the claim (or on the claim when it has none). */
public record UnitValue(Field field, List<YScalar> unit) implements ClaimValue {

    public static UnitValue read(Field f, YNode n, Shapes s) {
        return new UnitValue(f, s.scalars(n, f.key(), true));
    }

    @Override
    public void check(ValueChecks c) {
        unit.forEach(u -> c.concept(u, Schemes.UNIT, field.key()));
    }

    @Override
    public void map(ValueMapping out) {
        unit.forEach(u -> out.concept(Schemes.UNIT, u.value()).ifPresent(x ->
            out.quantityNode().orElse(out.claim()).addProperty(field.property(), x)));
    }
}
