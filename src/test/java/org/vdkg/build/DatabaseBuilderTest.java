package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.InputHash;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.serve.VdkgServer;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.store.Store;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/** The build replaces the database atomically: failures and crashes leave a complete database at run/db. */
class DatabaseBuilderTest {

    private static final String BASE = IriScheme.DEFAULT_BASE;
    private final DatabaseBuilder builder = new DatabaseBuilder("test");

    @Test
    void buildWritesEveryGraphWithMetadataAndStamp(@TempDir Path dir) {
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult r = builder.build(layout, BASE, dir.resolve("run/db"));
        assertTrue(r.built(), r.problems().toString());
        assertFalse(Files.exists(r.database().resolve("tdb.lock")), "no lock file naming this process is left");
        assertTrue(Files.isDirectory(r.database().resolve("text")), "the search index is built inside the database directory");
        assertTrue(r.tripleCounts().containsKey(BASE + "graph/ontology"));
        assertTrue(r.tripleCounts().containsKey(BASE + "graph/meta"));
        DatabaseDirs dirs = new DatabaseDirs(r.database());
        assertEquals(Optional.of(InputHash.of(layout, BASE)), dirs.storedInputHash());
        assertEquals(r.totalTriples(), count(r.database()));
        assertEquals(1, countWhere(r.database(),
                "SELECT (COUNT(*) AS ?n) { GRAPH <" + BASE + "graph/meta> { <" + BASE + "> <" + VDKG.NS
                        + "inputHash> \"" + r.inputHash() + "\" } }"));
    }

    @Test
    void failingValidationLeavesTheOldDatabaseAndALeftoverIsCleaned(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        assertTrue(builder.build(layout, BASE, db).built());
        long before = count(db);
        String stamp = Files.readString(db.resolve(DatabaseDirs.STAMP));

        // A build that crashed half-way left this behind.
        Path halfBuilt = dir.resolve("run/db.new-20000101T000000.000Z");
        Files.createDirectories(halfBuilt.resolve("Data-0001"));
        Files.writeString(halfBuilt.resolve("Data-0001/junk"), "half written");
        Files.writeString(layout.ontologyDir().resolve("vdkg.ttl"), "\n<a> <b> .\n", StandardOpenOption.APPEND);

        BuildResult failed = builder.build(layout, BASE, db);

        assertFalse(failed.built());
        assertTrue(failed.problems().stream().anyMatch(p -> p.file().equals("ontology/vdkg.ttl") && p.line() > 0),
                failed.problems().toString());
        assertFalse(Files.exists(halfBuilt), "the leftover is removed");
        assertEquals(stamp, Files.readString(db.resolve(DatabaseDirs.STAMP)), "the old database is untouched");
        try (VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), db, "127.0.0.1", 0, 30_000))) {
            assertEquals(before, Http.count(server.sparqlUrl()), "the old database keeps serving");
            assertTrue(Http.get(server.url() + "search?q=KGB", "application/json").body().contains("\"org/kgb\""),
                    "and so does its search index");
        }
    }

    @Test
    void aDatabaseMovedAsideByACrashBetweenTheRenamesIsRestored(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        assertTrue(builder.build(layout, BASE, db).built());
        long before = count(db);
        DatabaseDirs dirs = new DatabaseDirs(db);
        Files.move(db, dirs.old());
        Files.createDirectories(dir.resolve("run/db.new-20000101T000000.000Z"));

        assertEquals(before, count(db), "opening the database recovers it");
        assertFalse(Files.exists(dirs.old()));
        assertTrue(dirs.leftovers().isEmpty());
    }

    @Test
    @SuppressWarnings("try")
    void aRunningBuildIsNeitherDisturbedNorDuplicated(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        DatabaseDirs dirs = new DatabaseDirs(db);
        Path inProgress = dir.resolve("run/db.new-20000101T000000.000Z");
        Files.createDirectories(inProgress);
        try (DatabaseDirs.BuildLock running = dirs.tryLock().orElseThrow()) {
            dirs.recover();
            assertTrue(Files.exists(inProgress), "a build in progress is not a leftover");
            org.vdkg.problem.UserException e = org.junit.jupiter.api.Assertions.assertThrows(org.vdkg.problem.UserException.class,
                    () -> builder.build(layout, BASE, db));
            assertTrue(e.getMessage().startsWith("another build of "), e.getMessage());
        }
        assertTrue(builder.build(layout, BASE, db).built());
        assertFalse(Files.exists(inProgress));
    }

    @Test
    void rebuildsOnlyWhenTheInputsChange(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        assertTrue(builder.buildIfStale(layout, BASE, db, false).isPresent(), "no database yet");
        assertTrue(builder.buildIfStale(layout, BASE, db, false).isEmpty(), "nothing changed");
        assertTrue(builder.buildIfStale(layout, BASE, db, true).isPresent(), "forced");
        assertTrue(builder.buildIfStale(layout, "https://example.org/kg/", db, false).isPresent(), "another base");
        Files.writeString(layout.ontologyDir().resolve("vdkg.ttl"), "\n# a comment\n", StandardOpenOption.APPEND);
        Optional<BuildResult> changed = builder.buildIfStale(layout, BASE, db, false);
        assertTrue(changed.isPresent() && changed.get().built(), "ontology changed");
        assertTrue(builder.buildIfStale(layout, BASE, db, false).isEmpty());
    }

    private static long count(Path db) {
        return countWhere(db, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    private static long countWhere(Path db, String select) {
        try (Store store = Store.open(db)) {
            var answer = org.vdkg.query.QueryRunner.run(store, org.vdkg.query.QueryRunner.parse(select), 30_000);
            return answer.rows().next().getLiteral("n").getLong();
        }
    }
}
