package org.vdkg.intake;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs made from words: folded to ASCII, lower case, single hyphens. */
final class Slugs {

    private Slugs() {
    }

    /** {@code text} as a slug, or {@code fallback} when nothing of it is left. */
    static String of(String text, String fallback) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
            .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? fallback : s;
    }
}
