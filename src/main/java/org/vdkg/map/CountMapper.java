package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: count} claims to {@code vdkg:StatedCount} (docs/model.md, claim table). */
final class CountMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("subject", ValueType.ENTITY, VDKG.subject),
        Field.of("counted", ValueType.TEXT, VDKG.counted),
        Field.of("count", ValueType.QUANTITY, VDKG.hasCount),
        Field.concept("unit", ValueType.UNIT, VDKG.unit, Schemes.UNIT),
        Field.of("related_to", ValueType.ENTITY, VDKG.relatedTo),
        Field.of("relation", ValueType.TEXT, VDKG.relation));

    @Override
    public String kind() {
        return "count";
    }

    @Override
    public Resource claimClass() {
        return VDKG.StatedCount;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
