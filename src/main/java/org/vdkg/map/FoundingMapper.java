package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: founding} claims to {@code vdkg:Founding} (docs/model.md, claim table). */
final class FoundingMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("organisation", ValueType.ENTITY, VDKG.founded).mandatory(),
        Field.of("founders", ValueType.ENTITIES, VDKG.founder).expecting(EntityTypes.Group.ACTOR),
        Field.of("at_request_of", ValueType.ENTITIES, VDKG.atRequestOf).expecting(EntityTypes.Group.ACTOR),
        Field.of("purpose", ValueType.TEXT, VDKG.purpose));

    @Override
    public String kind() {
        return "founding";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Founding;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
