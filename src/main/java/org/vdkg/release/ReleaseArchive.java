package org.vdkg.release;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vdkg.problem.UserException;

/**
 * The releases directory ({@code run/releases/}): one directory per version, each complete once it has its name
 * (a release is written beside it and renamed into place). Lists the releases in the order they were issued.
 */
public final class ReleaseArchive {

    /** A version: letters, digits, dots, hyphens, underscores and plus signs, starting with a letter or digit. */
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");

    private final Path dir;

    public ReleaseArchive(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Whether {@code version} is a well-formed version name (and so a safe directory name). */
    public static boolean isVersion(String version) {
        return version != null && VERSION.matcher(version).matches() && !version.contains("..");
    }

    /** {@code version} if well formed; otherwise a user error saying what a version may be. */
    public static String checkVersion(String version) {
        if (!isVersion(version)) {
            throw new UserException("'" + version + "' is not a release version: use 1 to 64 letters, digits, '.', '-', '_' "
                    + "or '+', starting with a letter or digit, without '..' (e.g. 1.2.0 or 2026-11-29.1)");
        }
        return version;
    }

    /** The default version of a release made on {@code day}: the date and a counter, {@code 2026-11-29.1}, {@code .2}, ... */
    public String nextVersion(LocalDate day) {
        String prefix = day + ".";
        for (int n = 1; ; n++) {
            if (!Files.exists(dir.resolve(prefix + n))) {
                return prefix + n;
            }
        }
    }

    /** The default version of a release made now (UTC). */
    public String nextVersion() {
        return nextVersion(LocalDate.now(ZoneOffset.UTC));
    }

    /** Every complete release, oldest first (by issue time, then version). */
    public List<Release> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Release> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (isVersion(name) && Files.isRegularFile(p.resolve(Release.PROPERTIES))) {
                    out.add(read(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Release::issued).thenComparing(Release::version));
        return out;
    }

    /** The release {@code version}, if it exists (a malformed version never does). */
    public Optional<Release> find(String version) {
        if (!isVersion(version) || !Files.isRegularFile(dir.resolve(version).resolve(Release.PROPERTIES))) {
            return Optional.empty();
        }
        return Optional.of(read(dir.resolve(version)));
    }

    /** The newest release, if any. */
    public Optional<Release> latest() {
        List<Release> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static Release read(Path releaseDir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(releaseDir.resolve(Release.PROPERTIES), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String previous = p.getProperty("previous", "");
        String patch = p.getProperty("patch", "");
        return new Release(releaseDir.getFileName().toString(), releaseDir, Instant.parse(p.getProperty("issued")),
                previous.isEmpty() ? null : previous, patch.isEmpty() ? null : patch,
                Long.parseLong(p.getProperty("quads", "0")),
                Arrays.stream(p.getProperty("files", "").split(",")).filter(f -> !f.isEmpty()).toList());
    }

    /** Writes the record of a release into its (not yet renamed) directory. */
    static void writeRecord(Path releaseDir, Release r) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", r.version());
        p.setProperty("issued", r.issued().toString());
        p.setProperty("previous", r.previous() == null ? "" : r.previous());
        p.setProperty("patch", r.patchId() == null ? "" : r.patchId());
        p.setProperty("quads", Long.toString(r.quads()));
        p.setProperty("files", String.join(",", r.files()));
        try (var w = Files.newBufferedWriter(releaseDir.resolve(Release.PROPERTIES), StandardCharsets.UTF_8)) {
            p.store(w, "vdkg release " + r.version() + " (written once; never edit)");
        }
    }
}
