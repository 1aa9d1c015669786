package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: operation} claims to {@code vdkg:Operation} (docs/model.md, claim table). */
final class OperationMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("campaign", ValueType.ENTITY, VDKG.campaign).expecting(EntityTypes.Group.EVENT),
        Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
        Field.of("adversary", ValueType.ENTITIES, VDKG.adversary).expecting(EntityTypes.Group.ACTOR),
        Field.of("command", ValueType.ENTITY, VDKG.command).expecting(EntityTypes.Group.ACTOR),
        Field.of("outcome", ValueType.TEXT, VDKG.outcome),
        Field.of("result", ValueType.ENTITIES, VDKG.resultedIn));

    @Override
    public String kind() {
        return "operation";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Operation;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
