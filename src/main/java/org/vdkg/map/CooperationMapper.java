package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: cooperation} claims to {@code vdkg:Cooperation} (docs/model.md, claim table). */
final class CooperationMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR).atLeast(2),
        Field.of("fields", ValueType.TEXTS, VDKG.field),
        Field.of("manner", ValueType.TEXT, VDKG.manner));

    @Override
    public String kind() {
        return "cooperation";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Cooperation;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
