package org.vdkg.yaml;

import java.util.List;
import org.vdkg.problem.Position;

/** A YAML sequence. */
public final class YList extends Placed implements YNode {

    private final List<YNode> items;

    public YList(List<YNode> items, Position pos) {
        super(pos);
        this.items = List.copyOf(items);
    }

    public List<YNode> items() {
        return items;
    }

    @Override
    public Position pos() {
        return place();
    }

    @Override
    public String shape() {
        return "a list";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YList l && l.items.equals(items) && samePlace(l);
    }

    @Override
    public int hashCode() {
        return items.hashCode() * 31 + placeHash();
    }

    @Override
    public String toString() {
        return "YList[items=" + items + ", pos=" + pos() + "]";
    }
}
