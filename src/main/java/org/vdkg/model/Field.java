package org.vdkg.model;

import org.apache.jena.rdf.model.Property;
import org.vdkg.vocab.EntityTypes;

/**
 * One key of a claim kind: its YAML name, value shape, RDF property and, where it applies, the concept
 * scheme, the entity group it expects, whether it is required and the least number of values.
 */
public record Field(String key, ValueType type, Property property, String scheme, EntityTypes.Group expects,
                    boolean required, int minCount) {

    public static Field of(String key, ValueType type, Property property) {
        return new Field(key, type, property, null, null, false, 0);
    }

    public static Field concept(String key, ValueType type, Property property, String scheme) {
        return new Field(key, type, property, scheme, null, false, 0);
    }

    public Field expecting(EntityTypes.Group group) {
        return new Field(key, type, property, scheme, group, required, minCount);
    }

    public Field mandatory() {
        return new Field(key, type, property, scheme, expects, true, minCount);
    }

    public Field atLeast(int n) {
        return new Field(key, type, property, scheme, expects, true, n);
    }
}
