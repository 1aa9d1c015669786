package org.vdkg.release;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One release on disk, as its {@code release.properties} describes it.
 *
 * @param version the release's name, also its directory's
 * @param dir its directory
 * @param issued when it was written
 * @param previous the version it revises, or null for the first release
 * @param patchId the {@code id} header of its RDF Patch, or null when it has none (the first release)
 * @param quads the number of statements in its dumps
 * @param files its files, in the order listings show them
 */
public record Release(String version, Path dir, Instant issued, String previous, String patchId, long quads,
        List<String> files) {

    /** The name of the RDF Patch from the previous release. */
    public static final String PATCH = "patch.rdfp";
    /** The name of the changelog in words. */
    public static final String CHANGELOG = "changelog.md";
    /** The name of the release's VoID/DCAT description. */
    public static final String DESCRIPTION = "void.ttl";
    /** The name of the release's own record. */
    public static final String PROPERTIES = "release.properties";

    /** The file {@code name} of this release, if it is one of its files (never a path a request made up). */
    public Optional<Path> file(String name) {
        return files.contains(name) ? Optional.of(dir.resolve(name)) : Optional.empty();
    }

    /** The media type a file is served with. */
    public static String mediaType(String name) {
        if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        return switch (name) {
            case PATCH -> "application/rdf-patch";
            case CHANGELOG -> "text/markdown";
            case DESCRIPTION -> "text/turtle";
            default -> "text/plain";
        };
    }
}
