package org.vdkg.model.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code ITEMS}: item lines {@code [{item, quantity..., unit, note}]}, each a numbered {@code vdkg:ItemLine}. */
public record ItemLines(Field field, List<Line> lines) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("item", "quantity", "quantity_min", "quantity_max", "quantity_text",
        "unit", "note");

    /** One item line. */
    public record Line(Position pos, Optional<YScalar> item, Quantity quantity, Optional<String> note) {
    }

    public static ItemLines read(Field f, YNode n, Shapes s) {
        return new ItemLines(f, s.mapList(n, f.key()).stream().map(i -> {
            s.keys(i, KEYS, "in an item line");
            Optional<YScalar> item = s.requiredIn(i, "item", "an item line");
            return new Line(i.pos(), item, Quantity.read(i, "an item line", s, true), i.text("note"));
        }).toList());
    }

    @Override
    public void check(ValueChecks c) {
        for (Line l : lines) {
            l.item().ifPresent(x -> c.entity(x, "item", EntityTypes.Group.ITEM));
            l.quantity().check(c);
        }
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (Line l : lines) {
            Resource line = out.subNode("/item/" + (++n), VDKG.ItemLine, l.pos());
            l.item().flatMap(x -> out.entity(x.value())).ifPresent(e -> line.addProperty(VDKG.item, e));
            l.quantity().writeTo(line, out);
            l.note().ifPresent(t -> line.addProperty(VDKG.curatorNote, out.en(t)));
            out.claim().addProperty(field.property(), line);
        }
    }

    @Override
    public List<YScalar> entities() {
        return lines.stream().flatMap(l -> l.item().stream()).toList();
    }
}
