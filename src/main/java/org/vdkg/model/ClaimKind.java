package org.vdkg.model;

import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * The mapper of one claim kind, fully described by data: its YAML {@code kind:}, its claim class and its fields.
 *
 * @param kind the YAML {@code kind:}
 * @param claimClass the claim class ({@code vdkg:AidProvision}, ...)
 * @param fields the kind's own keys, in contract order
 */
record ClaimKind(String kind, Resource claimClass, List<Field> fields) implements ClaimMapper {
}
