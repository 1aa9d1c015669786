package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: alliance} claims to {@code vdkg:AllianceFormation} (docs/model.md, claim table). */
final class AllianceMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("alliance", ValueType.ENTITY, VDKG.alliance).expecting(EntityTypes.Group.ORGANISATION),
        Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR),
        Field.concept("alliance_type", ValueType.CONCEPT, VDKG.allianceType, Schemes.ALLIANCE_TYPE),
        Field.of("principles", ValueType.TEXTS, VDKG.principle),
        Field.of("decided_by", ValueType.CLAIM, VDKG.decidedBy));

    @Override
    public String kind() {
        return "alliance";
    }

    @Override
    public Resource claimClass() {
        return VDKG.AllianceFormation;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
