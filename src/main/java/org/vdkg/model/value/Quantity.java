package org.vdkg.model.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YScalar;

/**
 * The quantity keys of a map ({@code quantity | quantity_min/quantity_max, quantity_text}, and {@code unit} where the
 * map may carry one), as on a {@code vdkg:Quantity}, an item line or a series point.
 */
public record Quantity(Optional<BigDecimal> exact, Optional<BigDecimal> min, Optional<BigDecimal> max,
                       Optional<String> text, Optional<YScalar> unit) {

    /** The keys of a quantity without a unit. */
    public static final Set<String> KEYS = Set.of("quantity", "quantity_min", "quantity_max", "quantity_text");

    /** Reads the quantity keys of {@code m} (and its unit when {@code withUnit}); {@code where} names it in problems. */
    static Quantity read(YMap m, String where, Shapes s, boolean withUnit) {
        Optional<BigDecimal> q = s.number(m, "quantity");
        Optional<BigDecimal> min = s.number(m, "quantity_min");
        Optional<BigDecimal> max = s.number(m, "quantity_max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            s.add(Rule.BAD_QUANTITY, m.posOf("quantity_min"), "quantity_min " + min.get() + " is greater than quantity_max "
                + max.get() + " in " + where, "swap the bounds");
        }
        if (q.isPresent() && (m.has("quantity_min") || m.has("quantity_max"))) {
            s.add(Rule.BAD_QUANTITY, m.posOf("quantity"), "both an exact quantity and bounds in " + where,
                "give either quantity (exact) or quantity_min/quantity_max (vague)");
        }
        if (!m.has("quantity") && !m.has("quantity_min") && !m.has("quantity_max") && !m.has("quantity_text")) {
            s.add(Rule.MISSING_FIELD, m.pos(), "no quantity in " + where,
                "give quantity, quantity_min/quantity_max, or quantity_text");
        }
        Optional<YScalar> unit = withUnit ? s.scalar(m, "unit") : Optional.empty();
        return new Quantity(q, min, max, m.text("quantity_text"), unit);
    }

    void check(ValueChecks c) {
        unit.ifPresent(u -> c.concept(u, Schemes.UNIT, "unit"));
    }

    /** Its triples on {@code node}. */
    void writeTo(Resource node, ValueMapping out) {
        exact.ifPresent(n -> node.addProperty(VDKG.quantity, out.number(n)));
        min.ifPresent(n -> node.addProperty(VDKG.quantityMin, out.number(n)));
        max.ifPresent(n -> node.addProperty(VDKG.quantityMax, out.number(n)));
        text.ifPresent(t -> node.addProperty(VDKG.quantityText, out.en(t)));
        unit.flatMap(u -> out.concept(Schemes.UNIT, u.value())).ifPresent(u -> node.addProperty(VDKG.unit, u));
    }
}
