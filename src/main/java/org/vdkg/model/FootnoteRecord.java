package org.vdkg.model;

import org.vdkg.problem.Position;

/** A footnote of a source: its number, the paragraph holding it, the cited work's id and pages (may be null). */
public record FootnoteRecord(int number, Integer paragraph, String work, String pages, Position pos) {
}
