package org.vdkg.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;

/**
 * One claim kind, fully described by data: its YAML {@code kind:}, its claim class and its fields. The fields drive
 * both the validator (unknown keys, value shapes) and the mapper, so adding a kind is one entry in {@link ClaimKinds}.
 *
 * @param kind the YAML {@code kind:}
 * @param claimClass the claim class ({@code vdkg:AidProvision}, ...)
 * @param fields the kind's own keys, in contract order
 */
public record ClaimKind(String kind, Resource claimClass, List<Field> fields) {

    /** Every key a claim of this kind may carry: the common keys and the kind's own. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(ClaimRecord.COMMON_KEYS);
        fields().forEach(f -> keys.add(f.key()));
        return keys;
    }
}
