package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: request} claims to {@code vdkg:Request} (docs/model.md, claim table). */
final class RequestMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("requester", ValueType.ENTITIES, VDKG.requester).expecting(EntityTypes.Group.ACTOR),
        Field.of("addressee", ValueType.ENTITIES, VDKG.addressee).expecting(EntityTypes.Group.ACTOR),
        Field.of("on_behalf_of", ValueType.ENTITIES, VDKG.beneficiary),
        Field.concept("aid_kind", ValueType.CONCEPTS, VDKG.aidKind, Schemes.AID_KIND),
        Field.of("items", ValueType.ITEMS, VDKG.hasItemLine),
        Field.of("consent_of", ValueType.ENTITIES, VDKG.consentOf),
        Field.of("purpose", ValueType.TEXT, VDKG.purpose));

    @Override
    public String kind() {
        return "request";
    }

    @Override
    public Resource claimClass() {
        return VDKG.Request;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
