package org.vdkg.model.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.model.TimeSpan;
import org.vdkg.problem.Position;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code MILESTONES}: {@code [{event, time}]}, each a numbered {@code vdkg:Milestone}. */
public record Milestones(Field field, List<Milestone> milestones) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("event", "time");

    /** One milestone: its kind of event and when. */
    public record Milestone(Position pos, Optional<YScalar> event, Optional<TimeSpan> time) {
    }

    public static Milestones read(Field f, YNode n, Shapes s) {
        return new Milestones(f, s.mapList(n, f.key()).stream().map(i -> {
            s.keys(i, KEYS, "in a milestone");
            Optional<YScalar> event = s.requiredIn(i, "event", "a milestone");
            return new Milestone(i.pos(), event, i.get("time").flatMap(t -> TimeSpan.read(t, s.problems())));
        }).toList());
    }

    @Override
    public void check(ValueChecks c) {
        milestones.forEach(m -> m.event().ifPresent(x -> c.concept(x, Schemes.MILESTONE_KIND, "event")));
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (Milestone m : milestones) {
            Resource ms = out.subNode("/milestone/" + (++n), VDKG.Milestone, m.pos());
            m.event().flatMap(k -> out.concept(Schemes.MILESTONE_KIND, k.value()))
                .ifPresent(k -> ms.addProperty(VDKG.milestoneKind, k));
            m.time().ifPresent(t -> out.time(ms, t));
            out.claim().addProperty(field.property(), ms);
        }
    }
}
