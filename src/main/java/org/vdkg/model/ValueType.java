package org.vdkg.model;

/** The shape of a claim key's value (docs/model.md, claim table), shared by the validator and the mapper. */
public enum ValueType {
    /** One entity slug. */
    ENTITY,
    /** A list of entity slugs (a single slug accepted). */
    ENTITIES,
    /** Curator text, an English literal. */
    TEXT,
    /** A list of curator texts. */
    TEXTS,
    /** One concept slug of a scheme. */
    CONCEPT,
    /** A list of concept slugs. */
    CONCEPTS,
    /** {@code {quantity | quantity_min/quantity_max, quantity_text}} -> a {@code vdkg:Quantity} node. */
    QUANTITY,
    /** A unit concept, put on the kind's quantity node. */
    UNIT,
    /** {@code {amount, currency}} -> a {@code vdkg:MonetaryValue} node. */
    VALUE,
    /** Item lines {@code [{item, quantity..., unit, note}]}. */
    ITEMS,
    /** {@code [{actor, role}]}. */
    PARTICIPANTS,
    /** {@code [{event, time}]}. */
    MILESTONES,
    /** {@code [{measure, time, quantity..., unit}]}. */
    POINTS,
    /** {@code [{n, text, refers_to}]}. */
    POLICY_ITEMS,
    /** An ordered list of place slugs. */
    DESTINATIONS,
    /** A claim id of the same file. */
    CLAIM,
    /** A list of claim ids of the same file. */
    CLAIMS
}
