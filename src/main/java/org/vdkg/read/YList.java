package org.vdkg.read;

import java.util.List;

/** A YAML sequence. */
public record YList(List<YNode> items, Position pos) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String shape() {
        return "a list";
    }
}
