package org.vdkg.model;

import org.vdkg.problem.Position;
import org.vdkg.yaml.YMap;
import java.util.List;
import java.util.Optional;

/**
 * Where a value that no article states comes from, as the curator recorded it beside the value: an origin of the
 * origin list of docs/model.md ({@code name}, {@code curator}, {@code reference}, ...), the reference work when the
 * origin is one, and a note.
 *
 * @param origin the origin slug as written (the validator checks it)
 * @param ref the named reference work, or null
 * @param note the curator's note, or null
 * @param pos where {@code origin:} stands
 */
public record Provenance(String origin, String ref, String note, Position pos) {

    /** The keys that record an origin, beside the value they qualify. */
    public static final List<String> KEYS = List.of("origin", "ref", "note");

    /** The provenance recorded in {@code m}, empty when it has no {@code origin:}. */
    public static Optional<Provenance> of(YMap m) {
        return m.text("origin").map(o -> new Provenance(o, m.text("ref").orElse(null), m.text("note").orElse(null),
            m.posOf("origin")));
    }
}
