package org.vdkg.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Finds entity names in text ignoring case and diacritics ("Vo Nguyen Giap" finds "Võ Nguyên Giáp"),
 * on word boundaries. Short all-capital names (acronyms such as "US") must match in capitals, so that
 * they are not found in ordinary words ("us").
 */
public final class NameMatcher {

    private NameMatcher() {
    }

    /** Strips diacritics (NFD, combining marks removed; đ -> d), keeps case. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D').replace('’', '\'').replace('‘', '\'');
    }

    /** Folded, lower-cased, punctuation turned to spaces, padded with one space at each end. */
    public static String normalize(String s) {
        return " " + fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    }

    private static boolean isAcronym(String name) {
        String f = fold(name).trim();
        return f.length() <= 5 && f.matches("[A-Z0-9]+");
    }

    /** Whether {@code name} occurs in {@code text}. */
    public static boolean mentions(String text, String name) {
        return in(text).test(name);
    }

    /** A test of names against one text, normalised once: for checking many names against a long text. */
    public static java.util.function.Predicate<String> in(String text) {
        String normalized = normalize(text);
        String acronyms = " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        return name -> {
            String n = normalize(name);
            if (n.isBlank()) {
                return false;
            }
            return isAcronym(name) ? acronyms.contains(" " + fold(name).trim() + " ") : normalized.contains(n);
        };
    }
}
