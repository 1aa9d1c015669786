package org.vdkg.model.value;

import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.yaml.YScalar;

/** What a value's check needs from the validator, which holds the entity table and the claim ids of the file. */
public interface ValueChecks {

    void add(Rule rule, Position at, String message, String hint);

    /** A known entity slug, of the {@code expects} group when given. */
    void entity(YScalar ref, String key, EntityTypes.Group expects);

    /** A concept of {@code scheme}. */
    void concept(YScalar value, String scheme, String key);

    /** The id of another claim of the same file. */
    void claimRef(YScalar ref, String key);
}
