package org.vdkg.web;

import java.util.regex.Pattern;

/**
 * The one rule for a JSONP {@code callback} parameter, wherever the server wraps JSON in a call: a JavaScript
 * identifier or a dotted path of identifiers ({@code handle}, {@code jQuery3_1}, {@code app.cb}), at most
 * {@value #MAX_LENGTH} characters. Anything else (brackets, quotes, spaces, comments) could turn the answer into
 * script of the requester's choosing, so it is refused rather than cleaned.
 */
public final class JsonpCallback {

    public static final int MAX_LENGTH = 64;
    private static final Pattern IDENTIFIER_PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private JsonpCallback() {
    }

    public static boolean isValid(String callback) {
        return callback != null && callback.length() <= MAX_LENGTH && IDENTIFIER_PATH.matcher(callback).matches();
    }

    /** The message a refused callback gets. */
    public static String problem() {
        return "callback must be a JavaScript identifier or a dotted path of identifiers, at most " + MAX_LENGTH
                + " characters (e.g. handleResults or app.handle)";
    }
}
