package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.ValueType;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code TEXT} and {@code TEXTS}: curator text, each an English literal of the key's property. */
public record Texts(Field field, List<YScalar> texts) implements ClaimValue {

    public static Texts read(Field f, YNode n, Shapes s) {
        return new Texts(f, s.scalars(n, f.key(), f.type() == ValueType.TEXT));
    }

    @Override
    public void check(ValueChecks c) {
        // Any text will do: its shape was checked when it was read.
    }

    @Override
    public void map(ValueMapping out) {
        texts.forEach(t -> out.claim().addProperty(field.property(), out.en(t.value())));
    }
}
