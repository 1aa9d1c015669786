package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: statement} claims to {@code vdkg:Assessment} (docs/model.md, claim table). */
final class StatementMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("subject", ValueType.ENTITIES, VDKG.subject),
        Field.of("summary", ValueType.TEXT, VDKG.summary),
        Field.of("epithet", ValueType.TEXT, VDKG.epithet));

    @Override
    public String kind() {
        return "statement";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Assessment;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
