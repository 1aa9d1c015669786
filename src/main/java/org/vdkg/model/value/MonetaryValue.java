package org.vdkg.model.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code VALUE}: {@code {amount, currency}}, a {@code vdkg:MonetaryValue} node. */
public record MonetaryValue(Field field, Position pos, boolean isMap, Optional<BigDecimal> amount,
                            Optional<YScalar> currency) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("amount", "currency");

    public static MonetaryValue read(Field f, YNode n, Shapes s) {
        Optional<YMap> m = s.map(n, f.key());
        if (m.isEmpty()) {
            return new MonetaryValue(f, n.pos(), false, Optional.empty(), Optional.empty());
        }
        YMap q = m.get();
        s.keys(q, KEYS, "in " + f.key());
        if (q.get("amount").isEmpty()) {
            s.add(Rule.MISSING_FIELD, q.pos(), "value without amount", "add amount: <number>");
        }
        Optional<BigDecimal> amount = s.number(q, "amount");
        Optional<YScalar> currency = s.scalar(q, "currency");
        if (currency.isEmpty()) {
            s.add(Rule.MISSING_FIELD, q.pos(), "value without currency",
                "add currency: one of " + String.join(", ", Schemes.concepts(Schemes.CURRENCY)));
        }
        return new MonetaryValue(f, q.pos(), true, amount, currency);
    }

    @Override
    public void check(ValueChecks c) {
        currency.ifPresent(x -> c.concept(x, Schemes.CURRENCY, "currency"));
    }

    @Override
    public void map(ValueMapping out) {
        if (!isMap) {
            return;
        }
        Resource v = out.subNode("/value", VDKG.MonetaryValue, pos);
        amount.ifPresent(a -> v.addProperty(VDKG.amount, out.number(a)));
        currency.flatMap(x -> out.concept(Schemes.CURRENCY, x.value())).ifPresent(x -> v.addProperty(VDKG.currency, x));
        out.claim().addProperty(field.property(), v);
    }
}
