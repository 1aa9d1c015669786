package org.vdkg.model.value;

import java.util.List;
import org.vdkg.model.Field;
import org.vdkg.yaml.YScalar;

/**
 * The value of one kind key of a claim, read once from YAML into the type of its value kind ({@link org.vdkg.model.ValueType}):
 * it checks itself against the tables only the validator holds, maps itself to RDF through the mapper, and names the
 * entities it refers to. Its shape problems were reported when it was read.
 */
public interface ClaimValue {

    /** The key it was read from, with its property, scheme and expected entities. */
    Field field();

    /** Checks what reading could not: known entities and concepts, claims of the same file. */
    void check(ValueChecks checks);

    /** Adds its triples to the current claim. */
    void map(ValueMapping out);

    /** The entity slugs it refers to, in file order (the coverage report and grounding count them). */
    default List<YScalar> entities() {
        return List.of();
    }

    /** The entities standing in the key's role, for the rule that no entity holds two roles that exclude each other. */
    default List<YScalar> actors() {
        return List.of();
    }
}
