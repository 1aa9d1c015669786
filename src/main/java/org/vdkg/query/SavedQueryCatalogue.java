package org.vdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The saved queries of a directory ({@code queries/*.rq}), listed by id and loaded by name or path. */
public final class SavedQueryCatalogue {

    /** The extension of a saved query file. */
    public static final String EXTENSION = ".rq";

    private final Path dir;

    /** @param dir the directory holding the {@code .rq} files (usually {@code queries/}) */
    public SavedQueryCatalogue(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Every saved query of the directory, sorted by id; empty if the directory does not exist. */
    public List<SavedQuery> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                .sorted()
                .map(SavedQueryCatalogue::read)
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The saved query named {@code nameOrPath}: an id of the catalogue ({@code aid-by-donor}), a file name in it
     * ({@code aid-by-donor.rq}) or the path of any {@code .rq} file.
     */
    public Optional<SavedQuery> find(String nameOrPath) {
        String id = nameOrPath.endsWith(EXTENSION)
            ? nameOrPath.substring(0, nameOrPath.length() - EXTENSION.length()) : nameOrPath;
        if (id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            Path p = dir.resolve(id + EXTENSION);
            if (Files.isRegularFile(p)) {
                return Optional.of(read(p));
            }
        }
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return Optional.of(read(p));
        }
        return Optional.empty();
    }

    /** Reads one {@code .rq} file and its header lines. */
    public static SavedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        String id = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        return new SavedQuery(id, file.toAbsolutePath().normalize(),
            header(text, "Question"), header(text, "Shows"), header(text, "Sources"), text);
    }

    /** The value of the leading comment line {@code # key: value}, or empty. */
    static String header(String text, String key) {
        String prefix = "# " + key + ":";
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            if (l.startsWith(prefix)) {
                return l.substring(prefix.length()).strip();
            }
        }
        return "";
    }
}
