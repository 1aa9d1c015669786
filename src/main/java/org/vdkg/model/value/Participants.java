package org.vdkg.model.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.problem.Position;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code PARTICIPANTS}: {@code [{actor, role}]}, each a numbered {@code vdkg:Participation}. */
public record Participants(Field field, List<Participant> participants) implements ClaimValue {

    public static final Set<String> KEYS = Set.of("actor", "role");

    /** One participant and its role. */
    public record Participant(Position pos, Optional<YScalar> actor, Optional<YScalar> role) {
    }

    public static Participants read(Field f, YNode n, Shapes s) {
        return new Participants(f, s.mapList(n, f.key()).stream().map(i -> {
            s.keys(i, KEYS, "in a participant");
            Optional<YScalar> actor = s.requiredIn(i, "actor", "a participant");
            return new Participant(i.pos(), actor, s.scalar(i, "role"));
        }).toList());
    }

    @Override
    public void check(ValueChecks c) {
        for (Participant p : participants) {
            p.actor().ifPresent(x -> c.entity(x, "actor", null));
            p.role().ifPresent(x -> c.concept(x, Schemes.ROLE, "role"));
        }
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (Participant p : participants) {
            Resource part = out.subNode("/participant/" + (++n), VDKG.Participation, p.pos());
            p.actor().flatMap(x -> out.entity(x.value())).ifPresent(e -> part.addProperty(VDKG.participant, e));
            p.role().flatMap(r -> out.concept(Schemes.ROLE, r.value())).ifPresent(r -> part.addProperty(VDKG.role, r));
            out.claim().addProperty(field.property(), part);
        }
    }

    @Override
    public List<YScalar> entities() {
        return participants.stream().flatMap(p -> p.actor().stream()).toList();
    }

    @Override
    public List<YScalar> actors() {
        return entities().stream().filter(x -> !x.value().isBlank()).toList();
    }
}
