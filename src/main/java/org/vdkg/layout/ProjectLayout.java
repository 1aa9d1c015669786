package org.vdkg.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a vdkg project keeps its curated inputs: {@code ontology/}, {@code data/} and, optionally, {@code ../shared/sources}. */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path ontologyDir() {
        return root.resolve("ontology");
    }

    public Path dataDir() {
        return root.resolve("data");
    }

    public Path queriesDir() {
        return root.resolve("queries");
    }

    /** The source article texts, present in the developers' checkout beside the project but not in a user's clone. */
    public Optional<Path> sharedSourcesDir() {
        Path p = root.resolveSibling("shared").resolve("sources");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
