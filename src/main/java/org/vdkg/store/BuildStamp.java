package org.vdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The identity of one build of the database, kept in its stamp file ({@link DatabaseDirs#STAMP}, written last, so a
 * database with a stamp is complete): the input hash and the build time (the same values graph/meta records), and
 * what built it. Every answer of a read-only server depends only on it. The one place that knows the file's keys.
 *
 * @param inputHash SHA-256 of the curated inputs
 * @param builtAt when the build finished
 * @param base the base IRI the build minted, or null in a stamp that lacks it
 * @param version the vdkg version that built it, or null
 * @param code the fingerprint of the code that built it (so a new jar rebuilds), or null
 * @param release the release label given by {@code vdkg build --release-label}, or null
 */
public record BuildStamp(String inputHash, Instant builtAt, String base, String version, String code, String release) {

    /** A stamp without a release label. */
    public BuildStamp(String inputHash, Instant builtAt, String base, String version, String code) {
        this(inputHash, builtAt, base, version, code, null);
    }

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
            return Optional.of(new BuildStamp(hash, Instant.parse(at), p.getProperty("base"), p.getProperty("version"),
                    p.getProperty("code"), p.getProperty("release")));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes the stamp into the database directory {@code dbDir}, atomically: it is there whole or not at all. */
    public void write(Path dbDir) {
        Properties p = new Properties();
        p.setProperty("inputHash", inputHash);
        p.setProperty("builtAt", builtAt.toString());
        p.setProperty("base", base);
        p.setProperty("version", version);
        p.setProperty("code", code);
        if (release != null) {
            p.setProperty("release", release);
        }
        Path tmp = dbDir.resolve(DatabaseDirs.STAMP + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Written by vdkg build; the database is complete when this file exists.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseDirs.move(tmp, dbDir.resolve(DatabaseDirs.STAMP));
    }

    /** This stamp with the release label {@code label}. */
    public BuildStamp withRelease(String label) {
        return new BuildStamp(inputHash, builtAt, base, version, code, label);
    }

    /** What a replica reports as its release: the release label, or the input hash when the build has none. */
    public String releaseOrHash() {
        return release != null ? release : inputHash;
    }

    /** A short id that changes with every build, even of the same inputs. */
    public String id() {
        return inputHash.substring(0, Math.min(16, inputHash.length())) + "-" + Long.toString(builtAt.toEpochMilli(), 36);
    }
}
