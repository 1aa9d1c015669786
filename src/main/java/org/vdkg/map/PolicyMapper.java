package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: policy} claims to {@code vdkg:PolicyStatement} (docs/model.md, claim table). */
final class PolicyMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("policy", ValueType.ENTITY, VDKG.policy).expecting(EntityTypes.Group.DOCUMENT),
        Field.of("proposer", ValueType.ENTITIES, VDKG.proposer),
        Field.of("items", ValueType.POLICY_ITEMS, VDKG.hasPolicyItem));

    @Override
    public String kind() {
        return "policy";
    }

    @Override
    public Resource claimClass() {
        return VDKG.PolicyStatement;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
