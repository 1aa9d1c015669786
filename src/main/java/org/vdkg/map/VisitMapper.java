package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: visit} claims to {@code vdkg:Visit} (docs/model.md, claim table). */
final class VisitMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("leader", ValueType.ENTITIES, VDKG.leader).expecting(EntityTypes.Group.ACTOR),
        Field.of("members", ValueType.ENTITIES, VDKG.member).expecting(EntityTypes.Group.ACTOR),
        Field.of("delegation_of", ValueType.ENTITY, VDKG.delegationOf).expecting(EntityTypes.Group.ORGANISATION),
        Field.of("destinations", ValueType.DESTINATIONS, VDKG.hasDestination).expecting(EntityTypes.Group.DESTINATION),
        Field.of("hosts", ValueType.ENTITIES, VDKG.host).expecting(EntityTypes.Group.ACTOR),
        Field.of("purpose", ValueType.TEXT, VDKG.purpose));

    @Override
    public String kind() {
        return "visit";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Visit;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
