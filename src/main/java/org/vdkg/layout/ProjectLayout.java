package org.vdkg.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a vdkg project keeps its files, every default path in one place: the curated inputs ({@code ontology/},
 * {@code data/}, optionally {@code ../shared/sources}), the saved queries, the Fuseki configuration and the database.
 */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path ontologyDir() {
        return root.resolve("ontology");
    }

    /** The SHACL shapes the mapped data must satisfy. */
    public Path shapesDir() {
        return ontologyDir().resolve("shapes");
    }

    public Path dataDir() {
        return root.resolve("data");
    }

    /** {@code data/sources.yaml}: the source articles and the works they cite. */
    public Path sourcesFile() {
        return dataDir().resolve("sources.yaml");
    }

    /** {@code data/entities/}: the authority files. */
    public Path entitiesDir() {
        return dataDir().resolve("entities");
    }

    /** {@code data/claims/}: one claims file per source. */
    public Path claimsDir() {
        return dataDir().resolve("claims");
    }

    public Path queriesDir() {
        return root.resolve("queries");
    }

    /** The Fuseki assembler file shared by {@code vdkg serve} and the stock Fuseki server. */
    public Path fusekiConfig() {
        return root.resolve("fuseki-config").resolve("vdkg.ttl");
    }

    /** The database built and served when no other is named: {@code run/db}. */
    public Path defaultDb() {
        return root.resolve("run").resolve("db");
    }

    /** Where {@code vdkg release} writes the releases, one directory per version: {@code run/releases}. */
    public Path releasesDir() {
        return root.resolve("run").resolve("releases");
    }

    /** The source article texts, present in the developers' checkout beside the project but not in a user's clone. */
    public Optional<Path> sharedSourcesDir() {
        Path p = root.resolveSibling("shared").resolve("sources");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
