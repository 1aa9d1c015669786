package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;
import org.vdkg.vocab.Schemes;

/** Maps {@code kind: project} claims to {@code vdkg:ProjectSupport} (docs/model.md, claim table). */
final class ProjectSupportMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("project", ValueType.ENTITY, VDKG.project).expecting(EntityTypes.Group.PROJECT),
        Field.of("supporter", ValueType.ENTITIES, VDKG.supporter).expecting(EntityTypes.Group.ACTOR),
        Field.of("beneficiary", ValueType.ENTITIES, VDKG.beneficiary),
        Field.of("purpose", ValueType.TEXT, VDKG.purpose),
        Field.of("components", ValueType.ENTITIES, VDKG.component),
        Field.of("capacity", ValueType.QUANTITY, VDKG.hasCapacity),
        Field.concept("unit", ValueType.UNIT, VDKG.unit, Schemes.UNIT),
        Field.of("value", ValueType.VALUE, VDKG.hasValue),
        Field.of("milestones", ValueType.MILESTONES, VDKG.hasMilestone),
        Field.of("support", ValueType.TEXT, VDKG.supportNote));

    @Override
    public String kind() {
        return "project";
    }

    @Override
    public Resource claimClass() {
        return VDKG.ProjectSupport;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
