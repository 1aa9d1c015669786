package org.vdkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.GraphSink;
import org.vdkg.layout.InputHash;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;
import org.vdkg.store.BuildStamp;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * Builds the TDB2 database from the curated files, atomically: validate, derive, load everything
 * into a fresh sibling directory, close it, then swap it in (see {@link DatabaseDirs}). On any
 * error the existing database is left as it was.
 */
public final class DatabaseBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBuilder.class);
    /** How the user builds elsewhere, for storage errors. */
    private static final String ELSEWHERE = "--db DIR";

    /**
     * What code builds: the jar's size and modification time, so that {@code serve} also rebuilds
     * after the loader itself changed; "classes" when running from a class directory.
     */
    static final String CODE = codeFingerprint();

    private final String version;

    /** @param version the vdkg version recorded in the build metadata */
    public DatabaseBuilder(String version) {
        this.version = version;
    }

    /**
     * Builds unless {@code db} was built from exactly the current inputs (same input hash).
     *
     * @param force build even when the database is up to date
     * @return the build, or empty when the database was already up to date
     */
    public Optional<BuildResult> buildIfStale(ProjectLayout layout, String baseIri, Path db, boolean force) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        dirs.recover();
        if (!force && isUpToDate(layout, baseIri, db)) {
            LOG.info("{} is up to date", dirs.db());
            return Optional.empty();
        }
        return Optional.of(build(layout, baseIri, db));
    }

    /** True when {@code db} is complete and was built from exactly the current inputs by this code. */
    public boolean isUpToDate(ProjectLayout layout, String baseIri, Path db) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        return dirs.isComplete()
                && BuildStamp.read(dirs.db()).filter(s -> s.inputHash().equals(InputHash.of(layout, baseIri))
                        && CODE.equals(s.code())).isPresent();
    }

    /** Builds the database at {@code db}; another build of the same database running at the same time is the user's error. */
    public BuildResult build(ProjectLayout layout, String baseIri, Path db) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        DatabaseDirs.BuildLock lock;
        try {
            lock = dirs.tryLock().orElseThrow(() ->
                    new UserException("another build of " + dirs.db() + " is running (lock: " + dirs.lockFile() + ")"));
        } catch (UncheckedIOException e) {
            throw StorageFailure.of(e, dirs.db(), ELSEWHERE).orElseThrow(() -> e);
        }
        try {
            return buildLocked(layout, baseIri, dirs);
        } finally {
            lock.close();
        }
    }

    private BuildResult buildLocked(ProjectLayout layout, String baseIri, DatabaseDirs dirs) {
        IriScheme iris = new IriScheme(baseIri);
        dirs.recoverLocked();
        String inputHash = InputHash.of(layout, baseIri);
        Instant now = Instant.now();
        Path fresh = dirs.newDir(now);
        long started = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> counts;
        int reusedSources;
        try {
            Files.createDirectories(fresh);
            SourceCache cache = new SourceCache(dirs.isComplete() ? dirs.db() : null, fresh, CODE);
            try (StreamingWriter writer = new StreamingWriter(fresh, iris.graph("ontology"))) {
                // Each graph is written while the next source is mapped and checked; if a check fails, the new
                // directory is thrown away below and the database stays as it was. A source whose inputs did not
                // change since the last build is taken from that build's cache instead of being mapped again.
                // Only the problems are kept: the result's dataset holds the shared graphs (entities, sources), which
                // the writer has by now, and derivation must not have them in memory beside it (issue 20).
                List<Problem> curated = CurationPipeline.run(layout, baseIri, new GraphSink() {
                    @Override
                    public Optional<Graph> reuse(String sourceId, String key) {
                        return cache.reuse(sourceId, key);
                    }

                    @Override
                    public void mapped(String sourceId, String key, Graph graph) {
                        cache.keep(sourceId, key, graph);
                    }

                    @Override
                    public void accept(String name, Graph graph) {
                        writer.writeCurated(name, graph);
                    }
                }).problems();
                problems.addAll(curated);
                if (curated.stream().anyMatch(Problem::isError)) {
                    writer.close();
                    DatabaseDirs.deleteTree(fresh);
                    return new BuildResult(problems, dirs.db(), Map.of(), inputHash, 0);
                }
                long mapped = System.nanoTime();
                writer.drain();
                long written = System.nanoTime();
                problems.addAll(writer.derive(iris.graph("inferred")));
                long derivedAt = System.nanoTime();
                // Where the time goes, for `vdkg -v build` and the bench's profile (docs/bench.md).
                LOG.debug("phases: read, checked and mapped {} s (writing alongside), rest of the writes {} s,"
                    + " derivation {} s", seconds(started, mapped), seconds(mapped, written), seconds(written, derivedAt));
                if (problems.stream().anyMatch(Problem::isError)) {
                    writer.close();
                    DatabaseDirs.deleteTree(fresh);
                    return new BuildResult(problems, dirs.db(), Map.of(), inputHash, 0);
                }
                writer.drain();
                counts = new TreeMap<>(writer.counts());
                Model meta = metaGraph(baseIri, now, inputHash, counts);
                counts.put(iris.graph("meta"), meta.size());
                writer.writeDerived(iris.graph("meta"), meta.getGraph());
                long committing = System.nanoTime();
                writer.commit();
                LOG.debug("phases: commit {} s", seconds(committing, System.nanoTime()));
            }
            cache.close();
            LOG.info("{} sources mapped, {} taken unchanged from the last build", cache.mapped(), cache.reused());
            reusedSources = cache.reused();
            // Inside the new directory, so the index is swapped in (or thrown away) with the database.
            long indexing = System.nanoTime();
            indexForSearch(layout, fresh);
            LOG.debug("phases: search index {} s", seconds(indexing, System.nanoTime()));
            new BuildStamp(inputHash, now, baseIri, version, CODE).write(fresh);
            dirs.swapIn(fresh);
        } catch (IOException | RuntimeException | InternalError e) {
            // InternalError: TDB2 writes through memory-mapped files, and a full disk surfaces there as a fault.
            removeQuietly(fresh, e);
            if (e instanceof UserException u) {
                throw u;
            }
            Optional<UserException> storage = StorageFailure.of(e, dirs.db(), ELSEWHERE);
            if (storage.isPresent()) {
                throw storage.get();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e instanceof InternalError err) {
                throw err;
            }
            throw (RuntimeException) e;
        }
        LOG.info("built {} ({} triples in {} graphs)", dirs.db(), counts.values().stream().mapToLong(Long::longValue).sum(), counts.size());
        return new BuildResult(problems, dirs.db(), counts, inputHash, reusedSources);
    }

    /** The search index of the database just written in {@code dir}, read back from it graph by graph. */
    private static void indexForSearch(ProjectLayout layout, Path dir) {
        Dataset tdb = TDB2Factory.connectDataset(Location.create(dir));
        try {
            Txn.executeRead(tdb, () -> {
                DatasetGraph dsg = tdb.asDatasetGraph();
                Map<String, Graph> graphs = new TreeMap<>();
                dsg.listGraphNodes().forEachRemaining(n -> graphs.put(n.getURI(), dsg.getGraph(n)));
                SearchIndexBuilder.build(layout.fusekiConfig(), dir, graphs);
            });
        } finally {
            TDBInternal.expel(tdb.asDatasetGraph());
        }
        DatabaseDirs.removeLockFiles(dir);
    }

    private static String seconds(long fromNanos, long toNanos) {
        return String.format(Locale.ROOT, "%.1f", (toNanos - fromNanos) / 1e9);
    }

    /** Deletes a half-built directory without hiding why the build failed (on a full or read-only disk it may fail too). */
    private static void removeQuietly(Path dir, Throwable why) {
        try {
            DatabaseDirs.deleteTree(dir);
        } catch (RuntimeException e) {
            why.addSuppressed(e);
        }
    }

    private static String codeFingerprint() {
        try {
            Path code = Path.of(DatabaseBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar:" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            LOG.debug("no code fingerprint", e);
        }
        return "classes";
    }

    /**
     * graph/meta: build facts and the counts of every named graph, graph/meta's own included, so that its total is
     * the number of statements in the database, the dumps' N-Quads lines and {@code COUNT(*)} over the union (no
     * triple is in two graphs) alike. Its own size does not depend on the numbers it states, so it is counted
     * with the numbers left at zero and they are filled in after.
     */
    private Model metaGraph(String baseIri, Instant now, String inputHash, Map<String, Long> counts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("vdkg", VDKG.NS);
        Resource ds = m.createResource(baseIri);
        ds.addProperty(RDF.type, VOID.Dataset);
        ds.addLiteral(DCTerms.modified, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        ds.addProperty(DCTerms.hasVersion, version);
        ds.addProperty(VDKG.inputHash, inputHash);
        Property triples = VOID.triples;
        Map<String, Long> all = new TreeMap<>(counts);
        all.put(baseIri + "graph/meta", 0L);
        all.forEach((name, n) -> {
            Resource g = m.createResource(name);
            ds.addProperty(VOID.subset, g);
            g.addLiteral(triples, 0L);
        });
        ds.addLiteral(triples, 0L);
        all.put(baseIri + "graph/meta", m.size());
        all.forEach((name, n) -> m.createResource(name).removeAll(triples).addLiteral(triples, n.longValue()));
        ds.removeAll(triples).addLiteral(triples, all.values().stream().mapToLong(Long::longValue).sum());
        return m;
    }
}
