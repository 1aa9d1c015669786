package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.vdkg.layout.ProjectLayout;

/** A temporary copy of this repository's curated inputs and Fuseki config, so tests may break and rebuild them. */
public final class TestProject {

    /** The repository root (Maven runs tests from it). */
    public static final Path REPO = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    private TestProject() {
    }

    /** Copies {@code ontology/}, {@code data/}, {@code fuseki-config/} and {@code queries/} into {@code dir}. */
    public static ProjectLayout copyInto(Path dir) {
        for (String sub : new String[] {"ontology", "data", "fuseki-config", "queries"}) {
            copyTree(REPO.resolve(sub), dir.resolve(sub));
        }
        return new ProjectLayout(dir);
    }

    public static Path config(ProjectLayout layout) {
        return layout.root().resolve("fuseki-config").resolve("vdkg.ttl");
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything under it, if present. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
