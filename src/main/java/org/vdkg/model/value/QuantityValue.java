package org.vdkg.model.value;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;

/** {@code QUANTITY}: {@code {quantity | quantity_min/quantity_max, quantity_text}}, a {@code vdkg:Quantity} node. */
public record QuantityValue(Field field, Position pos, Optional<Quantity> quantity) implements ClaimValue {

    public static QuantityValue read(Field f, YNode n, Shapes s) {
        Optional<YMap> m = s.map(n, f.key());
        m.ifPresent(q -> s.keys(q, Quantity.KEYS, "in " + f.key()));
        return new QuantityValue(f, n.pos(), m.map(q -> Quantity.read(q, "'" + f.key() + "'", s, false)));
    }

    @Override
    public void check(ValueChecks c) {
        quantity.ifPresent(q -> q.check(c));
    }

    @Override
    public void map(ValueMapping out) {
        quantity.ifPresent(q -> {
            // The node of a count is /count whatever its key is called (trainee_count, count).
            Resource node = out.subNode("/" + (field.property().equals(VDKG.hasCount) ? "count" : field.key()),
                VDKG.Quantity, pos);
            q.writeTo(node, out);
            out.claim().addProperty(field.property(), node);
            out.quantityNode(node);
        });
    }
}
