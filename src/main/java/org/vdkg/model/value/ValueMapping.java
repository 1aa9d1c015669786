package org.vdkg.model.value;

import java.math.BigDecimal;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.TimeSpan;
import org.vdkg.problem.Position;

/**
 * What a value's mapping needs from the mapper: the current claim node, the IRIs of entities, concepts and claims
 * (empty for what validation rejects), sub-nodes of the claim and the literals of the graph.
 */
public interface ValueMapping {

    Resource claim();

    Optional<Resource> entity(String slug);

    Optional<Resource> concept(String scheme, String slug);

    /** The claim of the same file with {@code id}, if there is one. */
    Optional<Resource> claimRef(String id);

    /** A sub-node of the current claim: claim IRI + suffix, typed, located at {@code pos}. */
    Resource subNode(String suffix, Resource type, Position pos);

    /** Curator text, an English literal. */
    Literal en(String text);

    Literal number(BigDecimal n);

    Literal integer(int n);

    /** Adds the time triples of {@code t} to {@code node}. */
    void time(Resource node, TimeSpan t);

    /** The quantity node of the current claim, which its unit qualifies. */
    Optional<Resource> quantityNode();

    void quantityNode(Resource node);
}
