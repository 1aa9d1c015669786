package org.vdkg.model.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code POLICY_ITEMS}: {@code [{n, text, refers_to}]}, each a {@code vdkg:PolicyItem} in its stated order. */
public record PolicyItems(Field field, List<Item> items) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("n", "text", "refers_to");

    /** One item of a policy: its stated number (when a whole number), text and the entities it names. */
    public record Item(Position pos, Optional<Integer> n, Optional<YScalar> text, List<YScalar> refersTo) {
    }

    public static PolicyItems read(Field f, YNode node, Shapes s) {
        return new PolicyItems(f, s.mapList(node, f.key()).stream().map(i -> {
            s.keys(i, KEYS, "in a policy item");
            Optional<YScalar> text = s.requiredIn(i, "text", "a policy item");
            List<YScalar> refs = i.get("refers_to").map(x -> s.scalars(x, "refers_to")).orElse(List.of());
            Optional<YScalar> n = s.scalar(i, "n");
            n.filter(x -> Values.integer(x.value()).isEmpty()).ifPresent(x -> s.add(Rule.BAD_STRUCTURE, x.pos(),
                "policy item n '" + x.value() + "' is not a whole number", "number the items 1, 2, ..."));
            return new Item(i.pos(), n.flatMap(x -> Values.integer(x.value())), text, refs);
        }).toList());
    }

    @Override
    public void check(ValueChecks c) {
        items.forEach(i -> i.refersTo().forEach(ref -> c.entity(ref, "refers_to", null)));
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (Item i : items) {
            n++;
            Resource item = out.subNode("/policy-item/" + n, VDKG.PolicyItem, i.pos());
            item.addProperty(VDKG.order, out.integer(i.n().orElse(n)));
            i.text().ifPresent(t -> item.addProperty(VDKG.text, out.en(t.value())));
            i.refersTo().forEach(r -> out.entity(r.value()).ifPresent(e -> item.addProperty(VDKG.refersTo, e)));
            out.claim().addProperty(field.property(), item);
        }
    }

    @Override
    public List<YScalar> entities() {
        return items.stream().flatMap(i -> i.refersTo().stream()).toList();
    }
}
