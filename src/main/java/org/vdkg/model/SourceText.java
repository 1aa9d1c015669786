package org.vdkg.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source article's text split into paragraphs under the numbering rule of
 * {@code ../shared/sources/README.md}: blocks of lines separated by one or more blank lines, from 1.
 */
public record SourceText(List<String> paragraphs) {

    public SourceText {
        paragraphs = List.copyOf(paragraphs);
    }

    public static SourceText read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceText parse(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isEmpty()) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(cur.length() > 0 ? "\n" : "").append(line);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return new SourceText(out);
    }

    /** Paragraph {@code n} (1-based), or empty text when out of range. */
    public String paragraph(int n) {
        return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : "";
    }

    public int count() {
        return paragraphs.size();
    }
}
