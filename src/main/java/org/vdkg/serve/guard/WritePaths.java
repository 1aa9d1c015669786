package org.vdkg.serve.guard;

import java.util.List;
import java.util.Locale;

/**
 * The paths of the password-protected write endpoints ({@code /NAME/update}, {@code /NAME/store}). A path matches
 * generously (any case, repeated or trailing slashes, anything below it), so that a spelling Fuseki might still
 * route to a write endpoint never escapes the rules for writes.
 */
final class WritePaths {

    private final List<String> paths;

    WritePaths(List<String> datasets) {
        this.paths = datasets.stream()
                .flatMap(name -> List.of(Guard.UPDATE_ENDPOINT, Guard.STORE_ENDPOINT).stream().map(ep -> "/" + name + "/" + ep))
                .map(p -> p.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Whether the decoded request path (without query) is a write endpoint or below one. */
    boolean matches(String decodedPath) {
        if (decodedPath == null) {
            return false;
        }
        String p = decodedPath.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        for (String w : paths) {
            if (p.equals(w) || p.startsWith(w + "/") || p.startsWith(w + ";")) {
                return true;
            }
        }
        return false;
    }
}
