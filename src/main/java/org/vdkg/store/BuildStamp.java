package org.vdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The identity of one build of the database, read from its stamp file: the input hash and the build
 * time (the same values graph/meta records). Every answer of a read-only server depends only on it.
 *
 * @param inputHash SHA-256 of the curated inputs
 * @param builtAt when the build finished
 */
public record BuildStamp(String inputHash, Instant builtAt) {

    /** The stamp of the database at {@code db}, or empty when it has none (e.g. a database not built by vdkg). */
    public static Optional<BuildStamp> read(Path db) {
        Path file = db.resolve(DatabaseDirs.STAMP);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String hash = p.getProperty("inputHash");
            String at = p.getProperty("builtAt");
            if (hash == null || at == null) {
                return Optional.empty();
            }
            return Optional.of(new BuildStamp(hash, Instant.parse(at)));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A short id that changes with every build, even of the same inputs. */
    public String id() {
        return inputHash.substring(0, Math.min(16, inputHash.length())) + "-" + Long.toString(builtAt.toEpochMilli(), 36);
    }
}
