package org.vdkg.yaml;

import java.util.List;
import org.vdkg.problem.Position;

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
