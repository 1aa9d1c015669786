package org.vdkg.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** "Did you mean" suggestions: the closest candidate by edit distance or shared hyphen/underscore tokens. */
public final class Suggest {

    private Suggest() {
    }

    /** The closest candidate to {@code wrong}, if any is close enough to be a likely typo or variant. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        double bestScore = 0;
        for (String c : candidates) {
            double s = score(wrong, c);
            if (s > bestScore || (s == bestScore && best != null && c.compareTo(best) < 0)) {
                bestScore = s;
                best = c;
            }
        }
        return bestScore >= 0.5 ? Optional.ofNullable(best) : Optional.empty();
    }

    /** 0..1: 1 for equal; high for a small edit distance or a large token overlap. */
    static double score(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int d = levenshtein(x, y);
        int max = Math.max(x.length(), y.length());
        double edit = max == 0 ? 1 : 1 - (double) d / max;
        if (d <= Math.max(2, max / 4)) {
            edit = Math.max(edit, 0.75);
        }
        Set<String> tx = tokens(x);
        Set<String> ty = tokens(y);
        Set<String> inter = new HashSet<>(tx);
        inter.retainAll(ty);
        Set<String> union = new HashSet<>(tx);
        union.addAll(ty);
        double jaccard = union.isEmpty() ? 0 : (double) inter.size() / union.size();
        double tokenScore = jaccard >= 0.5 ? 0.5 + jaccard / 2.5 : jaccard;
        return Math.max(edit >= 0.75 ? edit : 0, tokenScore);
    }

    private static Set<String> tokens(String s) {
        Set<String> t = new HashSet<>(Arrays.asList(s.split("[-_\\s]+")));
        t.remove("");
        return t;
    }

    /** Classic Levenshtein distance. */
    public static int levenshtein(String a, String b) {
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
