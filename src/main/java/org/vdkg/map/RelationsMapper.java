package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: relations} claims to {@code vdkg:RelationsEstablishment} (docs/model.md, claim table). */
final class RelationsMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR).atLeast(2),
        Field.concept("relation_type", ValueType.CONCEPT, VDKG.relationType, Schemes.RELATION_TYPE));

    @Override
    public String kind() {
        return "relations";
    }

    @Override
    public Resource claimClass() {
        return VDKG.RelationsEstablishment;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
