package org.vdkg.yaml;

import org.vdkg.problem.Position;

/**
 * Something read from a curated file, with where it was read: the file, line and column are kept as fields and the
 * {@link Position} is made when asked for. A build holds every node of every file at once, and a Position object per
 * node was a sixth of that memory (issue 20).
 */
abstract class Placed {

    private final String file;
    private final int line;
    private final int column;

    Placed(Position at) {
        this.file = at.file();
        this.line = at.line();
        this.column = at.column();
    }

    /** Where it was read. */
    final Position place() {
        return new Position(file, line, column);
    }

    /** Whether {@code o} was read at the same place. */
    final boolean samePlace(Placed o) {
        return line == o.line && column == o.column && file.equals(o.file);
    }

    final int placeHash() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }
}
