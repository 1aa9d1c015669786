package org.vdkg.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims inserted into the text of a claims file, each at the end of its paragraph's section (before the header of
 * the next paragraph, {@code # --- paragraph N}), or at the end; every existing line is kept. Each inserted line
 * remembers where it came from (a sheet's row and column, a proposal), so that a problem the validator finds at a
 * line of the result can be reported where the curator can fix it.
 *
 * @param <O> what an inserted line came from
 */
final class ClaimsFileEdit<O> {

    private static final Pattern HEADER = Pattern.compile("\\s*# --- paragraph (\\d+)\\b.*");

    private final List<String> lines;
    private final List<O> origins = new ArrayList<>();

    ClaimsFileEdit(String text) {
        lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        lines.forEach(l -> origins.add(null));
    }

    /** A claims file without claims, for a source that has none yet. */
    static String empty(String sourceId) {
        return "source: " + sourceId + "\ncurator: \"vdkg curators\"\nclaims: []\n";
    }

    /** The comment line that heads paragraph {@code n} in a claims file. */
    static String header(int n, String firstWords) {
        return "  # --- paragraph " + n + ": " + firstWords.replace('\n', ' ');
    }

    /** Inserts one claim's lines (from {@link YamlText#claimLines}) under paragraph {@code paragraph}. */
    void insert(List<String> claimLines, List<O> lineOrigins, int paragraph) {
        openEmptyList();
        int at = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (m.matches() && Long.parseLong(m.group(1)) > paragraph) {
                at = i;
                break;
            }
        }
        while (at > 0 && lines.get(at - 1).isBlank()) {
            at--;
        }
        List<String> add = new ArrayList<>();
        List<O> from = new ArrayList<>();
        add.add("");
        from.add(null);
        add.addAll(claimLines);
        from.addAll(lineOrigins);
        lines.addAll(at, add);
        origins.addAll(at, from);
    }

    /** {@code claims: []} becomes {@code claims:} once there is a claim to list under it. */
    private void openEmptyList() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("claims:\\s*\\[\\s*]\\s*(#.*)?")) {
                lines.set(i, "claims:");
            }
        }
    }

    /** Where line {@code line} (1-based) of the result came from; null for a line that was there before. */
    O origin(int line) {
        return line >= 1 && line <= origins.size() ? origins.get(line - 1) : null;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
