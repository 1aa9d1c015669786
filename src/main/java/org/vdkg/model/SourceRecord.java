package org.vdkg.model;

import java.util.Map;
import java.util.SortedMap;
import org.vdkg.problem.Position;
import org.vdkg.yaml.YMap;

/**
 * One source article of {@code data/sources.yaml}.
 *
 * @param paragraphs the paragraph count under the numbering rule, 0 when missing
 * @param nonContent paragraph number to the reason it carries no fact
 * @param footnotes footnote number to its record
 * @param node the record as read, for the fields only the mapper needs
 */
public record SourceRecord(String id, Position pos, String file, int paragraphs, SortedMap<Integer, String> nonContent,
                           Map<Integer, FootnoteRecord> footnotes, YMap node) {

    /** Whether {@code n} is a content paragraph (in range, not listed as non-content). */
    public boolean isContent(int n) {
        return n >= 1 && n <= paragraphs && !nonContent.containsKey(n);
    }
}
