package org.vdkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each source's mapped and checked graph, kept in RDF Thrift beside the database it was built into
 * ({@code DB/sources/}, with the key of its inputs in {@code keys.properties}), so that the next build re-maps only the
 * sources whose inputs changed. The files live and die with their database: a failed build throws its own away with
 * its directory, and the swap replaces the previous ones. They are plain files, read without opening the previous
 * database, which a server may hold.
 */
final class SourceCache {

    private static final Logger LOG = LoggerFactory.getLogger(SourceCache.class);
    static final String DIR = "sources";
    private static final String KEYS = "keys.properties";
    private static final String CODE = "vdkg.code";

    private final Path previous;
    private final Properties previousKeys = new Properties();
    private final Path fresh;
    private final Properties freshKeys = new Properties();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger mapped = new AtomicInteger();

    /**
     * @param previousDb the database the last build made (its cache is used when made by the same code), or null
     * @param freshDb the directory of the database being built
     * @param code the fingerprint of the code that builds
     */
    SourceCache(Path previousDb, Path freshDb, String code) {
        this.fresh = freshDb.resolve(DIR);
        Path dir = previousDb == null ? null : previousDb.resolve(DIR);
        if (dir != null && Files.isRegularFile(dir.resolve(KEYS))) {
            try (InputStream in = Files.newInputStream(dir.resolve(KEYS))) {
                previousKeys.load(in);
            } catch (IOException e) {
                LOG.warn("cannot read {}; every source is mapped again: {}", dir.resolve(KEYS), e.toString());
                previousKeys.clear();
            }
        }
        this.previous = code.equals(previousKeys.getProperty(CODE)) ? dir : null;
        freshKeys.setProperty(CODE, code);
    }

    /** The graph of {@code sourceId} from the previous build when its key is {@code key}; it is kept for the next too. */
    Optional<Graph> reuse(String sourceId, String key) {
        if (previous == null || key == null || !key.equals(previousKeys.getProperty(sourceId))) {
            return Optional.empty();
        }
        Path file = previous.resolve(fileName(sourceId));
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(RDFLanguages.RDFTHRIFT).parse(g);
            Files.createDirectories(fresh);
            Files.copy(file, fresh.resolve(fileName(sourceId)));
            freshKeys.setProperty(sourceId, key);
            reused.incrementAndGet();
            return Optional.of(g);
        } catch (IOException | RuntimeException e) {
            // A damaged or missing file costs a mapping, not the build.
            LOG.warn("cannot reuse {}; mapping source {} again: {}", file, sourceId, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the graph the pipeline made for {@code sourceId}. */
    void keep(String sourceId, String key, Graph graph) {
        mapped.incrementAndGet();
        try {
            Files.createDirectories(fresh);
            try (OutputStream out = Files.newOutputStream(fresh.resolve(fileName(sourceId)))) {
                RDFDataMgr.write(out, graph, RDFFormat.RDF_THRIFT);
            }
            freshKeys.setProperty(sourceId, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the keys of the graphs kept; called once the build has everything. */
    void close() {
        try {
            Files.createDirectories(fresh);
            try (OutputStream out = Files.newOutputStream(fresh.resolve(KEYS))) {
                freshKeys.store(out, "the key of each source's inputs (SourceKey); the graphs are SOURCE.rt");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int reused() {
        return reused.get();
    }

    int mapped() {
        return mapped.get();
    }

    private static String fileName(String sourceId) {
        // Source ids are slugs (checked by the validator), safe as file names.
        return sourceId + ".rt";
    }
}
