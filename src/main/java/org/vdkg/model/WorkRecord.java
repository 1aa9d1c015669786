package org.vdkg.model;

import org.vdkg.problem.Position;
import org.vdkg.yaml.YMap;

/** A work cited by a source ({@code works:} of {@code data/sources.yaml}). */
public record WorkRecord(String id, Position pos, YMap node) {
}
