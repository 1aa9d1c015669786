package org.vdkg.model.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.TimeSpan;
import org.vdkg.problem.Position;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code POINTS}: {@code [{measure, time, quantity..., unit}]}, each a numbered {@code vdkg:SeriesPoint}. */
public record SeriesPoints(Field field, List<Point> points) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("measure", "time", "quantity", "quantity_min", "quantity_max",
        "quantity_text", "unit");

    /** One point of the series. */
    public record Point(Position pos, Optional<YScalar> measure, Optional<TimeSpan> time, Quantity quantity) {
    }

    public static SeriesPoints read(Field f, YNode n, Shapes s) {
        return new SeriesPoints(f, s.mapList(n, f.key()).stream().map(i -> {
            s.keys(i, KEYS, "in a series point");
            Optional<YScalar> measure = s.requiredIn(i, "measure", "a series point");
            Optional<TimeSpan> time = i.get("time").flatMap(t -> TimeSpan.read(t, s.problems()));
            return new Point(i.pos(), measure, time, Quantity.read(i, "a series point", s, true));
        }).toList());
    }

    @Override
    public void check(ValueChecks c) {
        points.forEach(p -> p.quantity().check(c));
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (Point p : points) {
            Resource pt = out.subNode("/point/" + (++n), VDKG.SeriesPoint, p.pos());
            p.measure().ifPresent(t -> pt.addProperty(VDKG.measure, out.en(t.value())));
            p.time().ifPresent(t -> out.time(pt, t));
            p.quantity().writeTo(pt, out);
            out.claim().addProperty(field.property(), pt);
        }
    }
}
