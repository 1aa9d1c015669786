package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: aid} claims to {@code vdkg:AidProvision} (docs/model.md, claim table). */
final class AidMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("donor", ValueType.ENTITIES, VDKG.donor).expecting(EntityTypes.Group.ACTOR),
        Field.of("recipient", ValueType.ENTITIES, VDKG.recipient).expecting(EntityTypes.Group.ACTOR),
        Field.of("beneficiary", ValueType.ENTITIES, VDKG.beneficiary),
        Field.concept("aid_kind", ValueType.CONCEPTS, VDKG.aidKind, Schemes.AID_KIND),
        Field.of("items", ValueType.ITEMS, VDKG.hasItemLine),
        Field.of("value", ValueType.VALUE, VDKG.hasValue),
        Field.concept("delivery", ValueType.CONCEPT, VDKG.deliveryMode, Schemes.DELIVERY_MODE),
        Field.of("project", ValueType.ENTITY, VDKG.forProject).expecting(EntityTypes.Group.PROJECT),
        Field.of("in_response_to", ValueType.CLAIM, VDKG.inResponseTo),
        Field.of("via", ValueType.ENTITIES, VDKG.via));

    @Override
    public String kind() {
        return "aid";
    }

    @Override
    public Resource claimClass() {
        return VDKG.AidProvision;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
