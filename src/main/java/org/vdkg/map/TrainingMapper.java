package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.vocab.VDKG;

/** Maps {@code kind: training} claims to {@code vdkg:TrainingProgramme} (docs/model.md, claim table). */
final class TrainingMapper implements ClaimMapper {

    private static final List<Field> FIELDS = List.of(
        Field.of("trainer", ValueType.ENTITIES, VDKG.trainer).expecting(EntityTypes.Group.ACTOR),
        Field.of("trainee", ValueType.ENTITIES, VDKG.trainee).expecting(EntityTypes.Group.ACTOR),
        Field.of("trainee_count", ValueType.QUANTITY, VDKG.hasCount),
        Field.of("specialties", ValueType.TEXTS, VDKG.specialty),
        Field.of("institution", ValueType.ENTITY, VDKG.institution).expecting(EntityTypes.Group.ORGANISATION),
        Field.of("notable_trainees", ValueType.ENTITIES, VDKG.notableTrainee).expecting(EntityTypes.Group.ACTOR),
        Field.of("subject", ValueType.TEXT, VDKG.subject));

    @Override
    public String kind() {
        return "training";
    }

    @Override
    public Resource claimClass() {
        return VDKG.TrainingProgramme;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }
}
