package org.vdkg.yaml;

import org.vdkg.problem.Position;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/**
 * Checks a file's YAML events against the nesting and alias limits before a tree is built, so that the
 * refusal names the line and column of the collection or alias that crossed the limit.
 */
final class EventLimits {

    static final String FLATTEN = "flatten the structure; curated files need only a few levels";
    static final String NO_ALIASES = "curated files need no anchors or aliases: write the values out";

    private final String file;
    private final int maxDepth;
    private final int maxAliases;

    EventLimits(String file, int maxDepth, int maxAliases) {
        this.file = file;
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
    }

    /** The first limit {@code events} cross, as a VDKG-E001 problem; reads no further than that. */
    Optional<Problem> check(Iterable<Event> events) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event e : events) {
            if (e instanceof CollectionStartEvent c) {
                if (++depth > maxDepth) {
                    return Optional.of(problem(e, "YAML nesting deeper than " + maxDepth + " levels", FLATTEN));
                }
                c.getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof AliasEvent a) {
                if (collectionAnchors.contains(a.getAlias().getValue()) && ++aliases > maxAliases) {
                // The count SnakeYAML keeps (aliases of maps and lists), found here with a position.
                    return Optional.of(problem(e, "more than " + maxAliases + " aliases of maps or lists (alias bomb?)", NO_ALIASES));
                }
            } else if (e instanceof NodeEvent n) {
                // A scalar re-using an anchor name makes the name point at a scalar from here on.
                n.getAnchor().ifPresent(a -> collectionAnchors.remove(a.getValue()));
            }
        }
        return Optional.empty();
    }

    private Problem problem(Event e, String message, String hint) {
        Position at = e.getStartMark().map((Mark m) -> new Position(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(Position.ofFile(file));
        return Rule.YAML_SYNTAX.problem(at, message, hint);
    }
}
