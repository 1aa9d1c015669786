package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: event} claims to {@code vdkg:EventClaim} (docs/model.md, claim table). */
final class EventMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("event", ValueType.ENTITY, VDKG.event).expecting(EntityTypes.Group.EVENT),
        Field.of("event_type", ValueType.TEXT, VDKG.eventType),
        Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
        Field.of("outcome", ValueType.TEXT, VDKG.outcome));

    @Override
    public String kind() {
        return "event";
    }

    @Override
    public Resource claimClass() {
        return VDKG.EventClaim;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
