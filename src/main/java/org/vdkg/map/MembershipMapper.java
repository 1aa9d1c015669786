package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: membership} claims to {@code vdkg:MembershipClaim} (docs/model.md, claim table). */
final class MembershipMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("member", ValueType.ENTITY, VDKG.member).expecting(EntityTypes.Group.ACTOR).mandatory(),
        Field.of("organisation", ValueType.ENTITY, VDKG.organisation).expecting(EntityTypes.Group.ORGANISATION).mandatory(),
        Field.concept("role", ValueType.CONCEPT, VDKG.role, Schemes.ROLE));

    @Override
    public String kind() {
        return "membership";
    }

    @Override
    public Resource claimClass() {
        return VDKG.MembershipClaim;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
