package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.ValueType;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code CLAIM} and {@code CLAIMS}: ids of other claims of the same file, each an object of the key's property. */
public record ClaimRefs(Field field, List<YScalar> ids) implements ClaimValue {

    public static ClaimRefs read(Field f, YNode n, Shapes s) {
        return new ClaimRefs(f, s.scalars(n, f.key(), f.type() == ValueType.CLAIM));
    }

    @Override
    public void check(ValueChecks c) {
        ids.forEach(x -> c.claimRef(x, field.key()));
    }

    @Override
    public void map(ValueMapping out) {
        ids.forEach(x -> out.claimRef(x.value()).ifPresent(r -> out.claim().addProperty(field.property(), r)));
    }
}
