package org.vdkg.map;

import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * The mapper of one claim kind, fully described by data: its YAML {@code kind:}, its claim class, its fields and the
 * roles no entity may hold twice.
 *
 * @param kind the YAML {@code kind:}
 * @param claimClass the claim class ({@code vdkg:AidProvision}, ...)
 * @param fields the kind's own keys, in contract order
 * @param distinctRoles groups of keys whose entities must all differ (a donor is not its own recipient)
 */
record KindMapper(String kind, Resource claimClass, List<Field> fields, List<List<String>> distinctRoles) implements ClaimMapper {

    KindMapper(String kind, Resource claimClass, List<Field> fields) {
        this(kind, claimClass, fields, List.of());
    }

    /** This kind, where no entity may stand in two of {@code keys}. */
    KindMapper distinct(String... keys) {
        List<List<String>> groups = new java.util.ArrayList<>(distinctRoles);
        groups.add(List.of(keys));
        return new KindMapper(kind, claimClass, fields, List.copyOf(groups));
    }
}
