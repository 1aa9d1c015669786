package org.vdkg.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.read.ClaimRecord;

/**
 * Maps the claims of one kind. The kind's {@link #fields()} drive both the mapping and the validator
 * (unknown keys, value shapes), so adding a kind is one entry in {@link ClaimMappers}.
 */
public interface ClaimMapper {

    /** The YAML {@code kind:}. */
    String kind();

    /** The claim class ({@code vdkg:AidProvision}, ...). */
    Resource claimClass();

    /** The kind's own keys, in contract order. */
    List<Field> fields();

    /**
     * Groups of keys naming actors in roles that exclude each other: no entity may stand in two keys of a group
     * (validation rule VDKG-E023, self-reference). None by default.
     */
    default List<List<String>> distinctRoles() {
        return List.of();
    }

    /** Every key a claim of this kind may carry: the common keys and the kind's own. */
    default Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(ClaimRecord.COMMON_KEYS);
        fields().forEach(f -> keys.add(f.key()));
        return keys;
    }

    /** Adds the kind-specific triples of {@code claim} to the context's current claim node. */
    default void map(ClaimRecord claim, MappingContext ctx) {
        for (Field f : fields()) {
            ctx.mapField(claim, f);
        }
    }
}
