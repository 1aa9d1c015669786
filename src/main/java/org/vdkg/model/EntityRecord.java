package org.vdkg.model;

import java.util.List;
import java.util.Map;
import org.vdkg.problem.Position;
import org.vdkg.yaml.YMap;

/**
 * One entity of the authority file {@code data/entities/*.yaml}.
 *
 * @param labels language to label
 * @param aliases language to alternative names
 */
public record EntityRecord(String id, String type, Position pos, Map<String, String> labels,
                           Map<String, List<String>> aliases, YMap node) {

    /** Every name of the entity: labels and aliases, all languages. */
    public List<String> names() {
        List<String> out = new java.util.ArrayList<>(labels.values());
        aliases.values().forEach(out::addAll);
        return out;
    }
}
