package org.vdkg.network;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.vdkg.vocab.VDKG;

/**
 * The shortcut relations that make up the network, each with the short type name the exports use: actor to actor,
 * and an actor to the places it visited and the events it took part in. Left out on purpose: inverses and
 * sub-properties that would draw the same edge twice (receivedAidFrom, hasRelationsWith), transitive closures
 * (partOf, locatedIn), and the state-level readings (actingState, stateProvidedAidTo, sameCountryAs), which would draw
 * each body's edges a second time between states. A body's own state (ofState) is drawn.
 */
public enum Relation {
    AID("aid", VDKG.providedAidTo, false),
    TRAINING("training", VDKG.trained, false),
    COOPERATION("cooperation", VDKG.cooperatedWith, true),
    ALLIANCE("alliance", VDKG.alliedWith, true),
    MEMBERSHIP("membership", VDKG.memberOf, false),
    SUB_ORGANISATION("sub-organisation", VDKG.subOrganisationOf, false),
    POSITION("position", VDKG.heldPositionIn, false),
    REQUEST("request", VDKG.requestedFrom, false),
    ACCOMPANIED("accompanied", VDKG.accompanied, false),
    STATE("state", VDKG.ofState, false),
    PERIOD_OF("period-of", VDKG.periodOf, false),
    VISIT("visit", VDKG.visited, false),
    PARTICIPATION("participation", VDKG.participatedIn, false);

    private final String type;
    private final Property property;
    private final boolean symmetric;

    Relation(String type, Property property, boolean symmetric) {
        this.type = type;
        this.property = property;
        this.symmetric = symmetric;
    }

    /** The short name shown in exports and filters ({@code aid}, {@code training}...). */
    public String type() {
        return type;
    }

    public Property property() {
        return property;
    }

    /** Symmetric relations become one undirected edge per pair instead of two opposite ones. */
    public boolean symmetric() {
        return symmetric;
    }

    public static Optional<Relation> of(String propertyIri) {
        return Arrays.stream(values()).filter(r -> r.property.getURI().equals(propertyIri)).findFirst();
    }
}
