package org.vdkg.yaml;

import org.vdkg.problem.Position;

/** A value read from a curated file, with where it stands. */
public record Located<T>(T value, Position pos) {
}
