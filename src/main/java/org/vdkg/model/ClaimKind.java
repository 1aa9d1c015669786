package org.vdkg.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;

/**
 * One claim kind, fully described by data: its YAML {@code kind:}, its claim class, its fields and the roles no entity
 * may hold twice. The fields drive both the validator (unknown keys, value shapes) and the mapper, so adding a kind is
 * one entry in {@link ClaimKinds}.
 *
 * @param kind the YAML {@code kind:}
 * @param claimClass the claim class ({@code vdkg:AidProvision}, ...)
 * @param fields the kind's own keys, in contract order
 * @param distinctRoles groups of keys naming actors in roles that exclude each other: no entity may stand in two keys
 *        of a group (validation rule VDKG-E023, self-reference; a donor is not its own recipient)
 */
public record ClaimKind(String kind, Resource claimClass, List<Field> fields, List<List<String>> distinctRoles) {

    /** A kind whose roles do not exclude each other. */
    public ClaimKind(String kind, Resource claimClass, List<Field> fields) {
        this(kind, claimClass, fields, List.of());
    }

    /** This kind, where no entity may stand in two of {@code keys}. */
    public ClaimKind distinct(String... keys) {
        List<List<String>> groups = new ArrayList<>(distinctRoles);
        groups.add(List.of(keys));
        return new ClaimKind(kind, claimClass, fields, List.copyOf(groups));
    }

    /** Every key a claim of this kind may carry: the common keys and the kind's own. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(ClaimRecord.COMMON_KEYS);
        fields().forEach(f -> keys.add(f.key()));
        return keys;
    }
}
