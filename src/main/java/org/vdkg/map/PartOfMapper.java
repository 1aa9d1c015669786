package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: part-of} claims to {@code vdkg:PartOfClaim} (docs/model.md, claim table). */
final class PartOfMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("part", ValueType.ENTITY, VDKG.part).mandatory(),
        Field.of("whole", ValueType.ENTITY, VDKG.whole).mandatory());

    @Override
    public String kind() {
        return "part-of";
    }

    @Override
    public Resource claimClass() {
        return VDKG.PartOfClaim;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
