package org.vdkg.yaml;

import org.vdkg.problem.Position;

/** A YAML scalar as written (no type resolution: "1953" stays text), with whether it was plain (unquoted). */
public record YScalar(String value, boolean plain, Position pos) implements YNode {

    /** An empty, {@code ~} or {@code null} plain scalar. */
    public boolean isNull() {
        return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
            || value.equals("NULL"));
    }

    @Override
    public String shape() {
        return "a single value";
    }
}
