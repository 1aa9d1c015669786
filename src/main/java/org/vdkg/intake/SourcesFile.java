package org.vdkg.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Inserts a source block at the end of the {@code sources:} list of sources.yaml, every other byte kept. */
final class SourcesFile {

    private SourcesFile() {
    }

    /**
     * {@code text} with {@code block} after the last record line of {@code sources:}: before the next top-level key
     * (such as {@code works:}) and the comments and blank lines that lead into it, or at the end.
     */
    static String insertSource(String text, String block) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        // A file ending in a newline splits into a last empty element: the insertion index counts real lines only.
        boolean endsWithNewline = text.endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        int sources = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("sources:\\s*(#.*)?")) {
                sources = i;
                break;
            }
        }
        int end = lines.size();
        if (sources >= 0) {
            for (int i = sources + 1; i < lines.size(); i++) {
                if (lines.get(i).matches("[^\\s#-][^:]*:.*")) {
                    end = i;
                    break;
                }
            }
        }
        int at = end;
        while (at > sources + 1 && (lines.get(at - 1).isBlank() || lines.get(at - 1).startsWith("#"))) {
            at--;
        }
        List<String> insert = new ArrayList<>();
        insert.add("");
        insert.addAll(Arrays.asList(block.stripTrailing().split("\n")));
        lines.addAll(at, insert);
        return String.join("\n", lines) + (endsWithNewline || at == end ? "\n" : "");
    }
}
