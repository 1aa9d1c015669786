package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: renaming} claims to {@code vdkg:Renaming} (docs/model.md, claim table). */
final class RenamingMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("from", ValueType.ENTITY, VDKG.renamedFrom).mandatory(),
        Field.of("to", ValueType.ENTITY, VDKG.renamedTo).mandatory());

    @Override
    public String kind() {
        return "renaming";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Renaming;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
