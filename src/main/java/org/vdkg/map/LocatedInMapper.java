package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: located-in} claims to {@code vdkg:LocationClaim} (docs/model.md, claim table). */
final class LocatedInMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("entity", ValueType.ENTITY, VDKG.locatedEntity).mandatory(),
        Field.of("within", ValueType.ENTITY, VDKG.within).expecting(EntityTypes.Group.PLACE).mandatory());

    @Override
    public String kind() {
        return "located-in";
    }

    @Override
    public Resource claimClass() {
        return VDKG.LocationClaim;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
