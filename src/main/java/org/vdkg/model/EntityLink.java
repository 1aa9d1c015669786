package org.vdkg.model;

import org.vdkg.vocab.EntityTypes;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.vdkg.vocab.VDKG;

/**
 * The keys of an entity that link it to another entity, each written {@code {of: slug, origin: ..., ref, note}}
 * because no claim states the link (docs/model.md, Entities): the state a body belongs to, the body above it, the
 * country a state is a period of, the place a place lies in. Each names its RDF property, the entities that may carry
 * it and the entities it may point to.
 */
public enum EntityLink {
    STATE("state", VDKG.ofState, EntityTypes.Group.BODY, EntityTypes.Group.STATE),
    PARENT("parent", ResourceFactory.createProperty("http://www.w3.org/ns/org#subOrganizationOf"),
        EntityTypes.Group.BODY, EntityTypes.Group.BODY),
    PERIOD_OF("period_of", VDKG.periodOf, EntityTypes.Group.STATE, EntityTypes.Group.STATE),
    WITHIN("within", VDKG.locatedIn, EntityTypes.Group.PLACE, EntityTypes.Group.PLACE);

    private final String key;
    private final Property property;
    private final EntityTypes.Group carriedBy;
    private final EntityTypes.Group target;

    EntityLink(String key, Property property, EntityTypes.Group carriedBy, EntityTypes.Group target) {
        this.key = key;
        this.property = property;
        this.carriedBy = carriedBy;
        this.target = target;
    }

    /** The YAML key. */
    public String key() {
        return key;
    }

    public Property property() {
        return property;
    }

    /** The entities that may carry the key. */
    public EntityTypes.Group carriedBy() {
        return carriedBy;
    }

    /** The entities the key may point to. */
    public EntityTypes.Group target() {
        return target;
    }

    /** The segment of origin-node IRIs ({@code period_of} -> {@code period-of}). */
    public String segment() {
        return key.replace('_', '-');
    }

    public static Optional<EntityLink> of(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
