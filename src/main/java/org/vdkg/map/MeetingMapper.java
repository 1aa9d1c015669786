package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: meeting} claims to {@code vdkg:Meeting} (docs/model.md, claim table). */
final class MeetingMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("event", ValueType.ENTITY, VDKG.event).expecting(EntityTypes.Group.EVENT),
        Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
        Field.of("decisions", ValueType.CLAIMS, VDKG.decided));

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Meeting;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
