package org.vdkg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.vdkg.model.SourceText;

/**
 * The paragraphs of the source articles, read at request time from the directory given with {@code serve --sources}
 * (numbered as {@code ../shared/sources/README.md} says) so that a claim page can show the words it rests on; the
 * project never stores them. Only a source id taken from the database names a file ({@code <id>.txt} in the
 * directory); nothing from a request does.
 */
public final class SourceParagraphs {

    /** No directory: no paragraph is ever shown. */
    public static final SourceParagraphs NONE = new SourceParagraphs(null);

    /** A source id as the curated files spell it (a slug), which cannot climb out of the directory. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

    private final Path dir;
    /** Texts once read (or known to be absent), per source id, for the life of the server. */
    private final Map<String, Optional<SourceText>> texts = new ConcurrentHashMap<>();

    private SourceParagraphs(Path dir) {
        this.dir = dir;
    }

    /**
     * The texts in {@code dir}; an {@link IllegalArgumentException} saying why when it is not a readable directory.
     */
    public static SourceParagraphs in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no directory at " + dir);
        }
        if (!Files.isReadable(dir)) {
            throw new IllegalArgumentException("cannot read the directory " + dir);
        }
        try {
            return new SourceParagraphs(dir.toRealPath());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open the directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether a directory was given at all. */
    public boolean available() {
        return dir != null;
    }

    /** Paragraph {@code n} (from 1) of the source with this id, or empty when there is no such text or paragraph. */
    public Optional<String> paragraph(String sourceId, int n) {
        if (dir == null || sourceId == null || !SLUG.matcher(sourceId).matches() || n < 1) {
            return Optional.empty();
        }
        return texts.computeIfAbsent(sourceId, this::read).filter(t -> n <= t.count()).map(t -> t.paragraph(n));
    }

    private Optional<SourceText> read(String sourceId) {
        Path file = dir.resolve(sourceId + ".txt").normalize();
        // The slug keeps the name inside the directory; checked again so that a future change to it cannot undo that.
        if (!dir.equals(file.getParent()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceText.read(file));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
