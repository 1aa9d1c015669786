package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: position} claims to {@code vdkg:PositionHolding} (docs/model.md, claim table). */
final class PositionMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("holder", ValueType.ENTITY, VDKG.holder).expecting(EntityTypes.Group.PERSON).mandatory(),
        Field.of("position", ValueType.TEXT, VDKG.position),
        Field.of("rank", ValueType.TEXT, VDKG.rank),
        Field.of("organisation", ValueType.ENTITY, VDKG.organisation).expecting(EntityTypes.Group.ORGANISATION),
        Field.concept("status", ValueType.CONCEPT, VDKG.status, Schemes.STATUS));

    @Override
    public String kind() {
        return "position";
    }

    @Override
    public Resource claimClass() {
        return VDKG.PositionHolding;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
