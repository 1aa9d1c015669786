package org.vdkg.validate;

import java.util.regex.Pattern;
import org.apache.jena.langtag.LangTags;

/** Whether a key of {@code label}, {@code aliases} or {@code description} is a language tag that RDF accepts. */
public final class LanguageTag {

    /** A primary language of two or three letters, then subtags: stricter than BCP 47, as curated names need. */
    private static final Pattern SHAPE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** What the problem's fix says. */
    static final String HINT = "key names by a BCP 47 language tag: en, vi, zh, ru, fr, or with a subtag such as "
        + "zh-Hant or vi-Latn (lower-case letters first; hyphens, no spaces)";

    private LanguageTag() {
    }

    /** True when {@code tag} has the shape above and Jena's BCP 47 check accepts it. */
    public static boolean isValid(String tag) {
        if (!SHAPE.matcher(tag).matches()) {
            return false;
        }
        try {
            return LangTags.check(tag);
        } catch (RuntimeException e) {
            // Jena's own check can fail while formatting its message; the tag is bad either way.
            return false;
        }
    }
}
