package org.vdkg.yaml;

import java.util.Objects;
import org.vdkg.problem.Position;

/** A YAML scalar as written (no type resolution: "1953" stays text), with whether it was plain (unquoted). */
public final class YScalar extends Placed implements YNode {

    private final String value;
    private final boolean plain;

    public YScalar(String value, boolean plain, Position pos) {
        super(pos);
        this.value = Objects.requireNonNull(value);
        this.plain = plain;
    }

    public String value() {
        return value;
    }

    public boolean plain() {
        return plain;
    }

    @Override
    public Position pos() {
        return place();
    }

    /** An empty, {@code ~} or {@code null} plain scalar. */
    public boolean isNull() {
        return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
            || value.equals("NULL"));
    }

    @Override
    public String shape() {
        return "a single value";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YScalar s && s.plain == plain && s.value.equals(value) && samePlace(s);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + placeHash();
    }

    @Override
    public String toString() {
        return "YScalar[value=" + value + ", plain=" + plain + ", pos=" + pos() + "]";
    }
}
