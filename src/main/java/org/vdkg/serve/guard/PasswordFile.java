package org.vdkg.serve.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vdkg.problem.UserException;

/**
 * Checks a Jetty password file ({@code user: password[, role...]} per line, {@code #} comments;
 * the password may be {@code OBF:}, {@code MD5:} or {@code CRYPT:} encoded) before the server relies on it,
 * so a typo is a clear error at start rather than every login failing.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** The user names of {@code file}; a missing, unreadable or empty file is the user's error. */
    public static List<String> users(Path file) {
        if (file == null) {
            throw new UserException("--allow-update needs --password-file FILE (lines 'user: password')");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        List<String> users = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).split(",")[0].isBlank()) {
                throw new UserException(file + ":" + n + ": expected 'user: password', e.g. 'admin: s3cret'");
            }
            users.add(line.substring(0, colon).strip());
        }
        if (users.isEmpty()) {
            throw new UserException(file + ": no user; add a line 'user: password'");
        }
        return users;
    }
}
