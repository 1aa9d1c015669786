package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: series} claims to {@code vdkg:TimeSeries} (docs/model.md, claim table). */
final class SeriesMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("subject", ValueType.ENTITY, VDKG.subject),
        Field.of("attributed_to", ValueType.ENTITY, VDKG.attributedTo),
        Field.of("points", ValueType.POINTS, VDKG.hasPoint));

    @Override
    public String kind() {
        return "series";
    }

    @Override
    public Resource claimClass() {
        return VDKG.TimeSeries;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
