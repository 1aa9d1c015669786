package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: agreement} claims to {@code vdkg:AgreementSigning} (docs/model.md, claim table). */
final class AgreementMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("document", ValueType.ENTITY, VDKG.document).expecting(EntityTypes.Group.DOCUMENT),
        Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR),
        Field.of("signatories", ValueType.ENTITIES, VDKG.signatory).expecting(EntityTypes.Group.ACTOR),
        Field.of("participants", ValueType.ENTITIES, VDKG.attendee).expecting(EntityTypes.Group.ACTOR));

    @Override
    public String kind() {
        return "agreement";
    }

    @Override
    public Resource claimClass() {
        return VDKG.AgreementSigning;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
