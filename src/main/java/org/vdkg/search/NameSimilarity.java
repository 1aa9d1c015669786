package org.vdkg.search;

/** How close a typed name is to an entity's name, 0 to 100, after folding case and diacritics. */
final class NameSimilarity {

    private NameSimilarity() {
    }

    /** 100 for the same folded name, less by the share of characters to edit (Levenshtein), never below 0. */
    static int score(String typed, String name) {
        String a = SearchTerms.folded(typed);
        String b = SearchTerms.folded(name);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 100;
        }
        int d = distance(a, b);
        int longest = Math.max(a.length(), b.length());
        // Never 100 unless equal: a certain match must be an exact one.
        return Math.max(0, Math.min(99, (int) Math.round(100.0 * (longest - d) / longest)));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
