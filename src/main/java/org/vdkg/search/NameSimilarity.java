package org.vdkg.search;

import org.vdkg.problem.Suggest;

/** How close a typed name is to an entity's name, 0 to 100, after folding case and diacritics. */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** 100 for the same folded name, less by the share of characters to edit (Levenshtein), never below 0. */
    public static int score(String typed, String name) {
        String a = SearchTerms.folded(typed);
        String b = SearchTerms.folded(name);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 100;
        }
        int d = Suggest.levenshtein(a, b);
        int longest = Math.max(a.length(), b.length());
        // Never 100 unless equal: a certain match must be an exact one.
        return Math.max(0, Math.min(99, (int) Math.round(100.0 * (longest - d) / longest)));
    }
}
