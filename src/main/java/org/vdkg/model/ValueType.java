package org.vdkg.model;

import org.vdkg.model.value.ClaimRefs;
import org.vdkg.model.value.ClaimValue;
import org.vdkg.model.value.Concepts;
import org.vdkg.model.value.Destinations;
import org.vdkg.model.value.EntityRefs;
import org.vdkg.model.value.ItemLines;
import org.vdkg.model.value.Milestones;
import org.vdkg.model.value.MonetaryValue;
import org.vdkg.model.value.Participants;
import org.vdkg.model.value.PolicyItems;
import org.vdkg.model.value.QuantityValue;
import org.vdkg.model.value.SeriesPoints;
import org.vdkg.model.value.Texts;
import org.vdkg.model.value.UnitValue;
import org.vdkg.yaml.YNode;

/**
 * The shape of a claim key's value (docs/model.md, claim table), each read by the class of its value kind
 * ({@link org.vdkg.model.value}), which also checks, maps and names the entities of what it read.
 */
public enum ValueType {
    /** One entity slug. */
    ENTITY(EntityRefs::read),
    /** A list of entity slugs (a single slug accepted). */
    ENTITIES(EntityRefs::read),
    /** Curator text, an English literal. */
    TEXT(Texts::read),
    /** A list of curator texts. */
    TEXTS(Texts::read),
    /** One concept slug of a scheme. */
    CONCEPT(Concepts::read),
    /** A list of concept slugs. */
    CONCEPTS(Concepts::read),
    /** {@code {quantity | quantity_min/quantity_max, quantity_text}} -> a {@code vdkg:Quantity} node. */
    QUANTITY(QuantityValue::read),
    /** A unit concept, put on the kind's quantity node. */
    UNIT(UnitValue::read),
    /** {@code {amount, currency}} -> a {@code vdkg:MonetaryValue} node. */
    VALUE(MonetaryValue::read),
    /** Item lines {@code [{item, quantity..., unit, note}]}. */
    ITEMS(ItemLines::read),
    /** {@code [{actor, role}]}. */
    PARTICIPANTS(Participants::read),
    /** {@code [{event, time}]}. */
    MILESTONES(Milestones::read),
    /** {@code [{measure, time, quantity..., unit}]}. */
    POINTS(SeriesPoints::read),
    /** {@code [{n, text, refers_to}]}. */
    POLICY_ITEMS(PolicyItems::read),
    /** An ordered list of place slugs. */
    DESTINATIONS(Destinations::read),
    /** A claim id of the same file. */
    CLAIM(ClaimRefs::read),
    /** A list of claim ids of the same file. */
    CLAIMS(ClaimRefs::read);

    /** Reads a value of one kind; shape problems go to the {@link Shapes}' list. */
    @FunctionalInterface
    public interface Reader {
        ClaimValue read(Field field, YNode node, Shapes shapes);
    }

    private final Reader reader;

    ValueType(Reader reader) {
        this.reader = reader;
    }

    /** The value of {@code field} written as {@code node}, read once. */
    public ClaimValue read(Field field, YNode node, Shapes shapes) {
        return reader.read(field, node, shapes);
    }
}
