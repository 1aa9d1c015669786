package org.vdkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.Position;

/** SHACL results are located at the curated line of their focus node, or of the claim a sub-node belongs to. */
class ShapeValidatorTest {

    static final String CLAIM = "https://w3id.org/vdkg/id/claim/demo/aid-1";
    static final Map<String, Position> POSITIONS = Map.of(
        CLAIM, new Position("data/claims/demo.yaml", 4, 5),
        CLAIM + "/item/2", new Position("data/claims/demo.yaml", 12, 9));

    @Test
    void locatesAMintedNodeAtItsOwnLine() {
        assertEquals(12, ShapeValidator.locate(NodeFactory.createURI(CLAIM + "/item/2"), POSITIONS).line());
    }

    @Test
    void locatesAnUnrecordedSubNodeAtItsClaim() {
        assertEquals(4, ShapeValidator.locate(NodeFactory.createURI(CLAIM + "/value"), POSITIONS).line());
        assertEquals(4, ShapeValidator.locate(NodeFactory.createURI(CLAIM + "/participant/1"), POSITIONS).line());
    }

    @Test
    void locatesForeignNodesAtTheDataFolder() {
        Position p = ShapeValidator.locate(NodeFactory.createURI("http://example.org/x"), POSITIONS);
        assertEquals(new Position("data", 0, 0), p);
        assertEquals(new Position("data", 0, 0), ShapeValidator.locate(NodeFactory.createBlankNode(), POSITIONS));
    }
}
