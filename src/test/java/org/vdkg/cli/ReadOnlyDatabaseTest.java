package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.ChildCli;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.ReadOnlyDir;
import org.vdkg.support.TestProject;

/**
 * A prebuilt database on a read-only disk is served and queried: TDB2 must write to open a database, so vdkg works on
 * a private temporary copy, leaves the read-only directory untouched and deletes the copy when it ends.
 */
class ReadOnlyDatabaseTest {

    private static final String KGB = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"kgb\" }";
    private static final Pattern COPY = Pattern.compile("using a copy in (\\S+) \\(deleted on exit\\)");

    private static Path dir;
    private static List<String> before;
    private static String triples;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("vdkg-readonly-");
        TestProject.copyInto(dir);
        assertEquals(0, Cli.run("-q", "build", "--root", dir.toString()).exit());
        before = listing(dir.resolve("run"));
        Cli.Run count = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql", Http.COUNT);
        triples = count.out().lines().toList().get(1).strip();
    }

    @AfterAll
    static void clean() {
        TestProject.deleteTree(dir);
    }

    private static List<String> listing(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            return s.map(x -> p.relativize(x) + " " + (Files.isRegularFile(x) ? sizeOf(x) : "dir")).sorted().toList();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aServerOnAReadOnlyMountAnswersAndLeavesItUntouched() throws Exception {
        Path log = dir.resolve("serve.log");
        // The whole run directory is mounted read-only for the server, as a prebuilt image or volume would be.
        Process p = ChildCli.startInReadOnly(dir.resolve("run"), "exec $VDKG serve --root " + dir + " --port 0", log);
        try {
            String banner = ChildCli.firstLine(p, 300);
            Matcher m = Pattern.compile("\\(SPARQL: (http://127\\.0\\.0\\.1:\\d+/vdkg/sparql)\\)").matcher(banner == null ? "" : banner);
            assertTrue(m.find(), banner + "\n" + Files.readString(log));
            String sparql = m.group(1);
            assertEquals(Long.parseLong(triples), Http.count(sparql), "every triple is served");
            HttpResponse<String> kgb = Http.postForm(sparql, "query", KGB, "text/csv");
            assertEquals(200, kgb.statusCode(), kgb.body());
            assertEquals(List.of("s", "https://w3id.org/vdkg/id/org/kgb"), kgb.body().lines().toList(), "the text index works too");
            assertEquals(200, Http.get(sparql.replace("vdkg/sparql", "id/org/kgb"), "text/html").statusCode());
            String err = Files.readString(log);
            Matcher copy = COPY.matcher(err);
            assertTrue(copy.find(), err);
            assertTrue(Files.isDirectory(Path.of(copy.group(1))), "the copy is in use");
            assertFalse(err.contains("is read-only, so it is served as built"), "the database is up to date: " + err);
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertFalse(Files.exists(Path.of(copy.group(1))), "the copy is deleted when the server stops");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(before, listing(dir.resolve("run")), "nothing was written to the read-only directory");
    }

    @Test
    void queryAndExportReadAReadOnlyDatabase() throws Exception {
        try (ReadOnlyDir ro = ReadOnlyDir.of(dir.resolve("run"))) {
            Cli.Run count = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql", Http.COUNT);
            assertEquals(0, count.exit(), count.err());
            assertEquals(triples, count.out().lines().toList().get(1).strip());
            Cli.Run kgb = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql", KGB);
            assertEquals(List.of("s", "https://w3id.org/vdkg/id/org/kgb"), kgb.out().lines().toList(), kgb.err());
            Cli.Run export = Cli.run("-q", "export", "--root", dir.toString(), "--format", "nq");
            assertEquals(0, export.exit(), export.err());
            assertEquals(Long.parseLong(triples), export.out().lines().count());
            Cli.Run network = Cli.run("-q", "export", "--root", dir.toString(), "--format", "graphml");
            assertEquals(0, network.exit(), network.err());
            assertTrue(network.out().contains("<graphml"), network.out());
        }
        assertEquals(before, listing(dir.resolve("run")), "nothing was written to the read-only directory");
    }

    @Test
    void aStaleReadOnlyDatabaseIsServedAsBuiltWithANote() throws Exception {
        Path project = Files.createTempDirectory("vdkg-readonly-stale-");
        try {
            TestProject.copyInto(project);
            assertEquals(0, Cli.run("-q", "build", "--root", project.toString()).exit());
            Path places = project.resolve("data/entities/places.yaml");
            Files.writeString(places, Files.readString(places) + "\n# a change after the build\n");
            Path log = project.resolve("serve.log");
            Process p = ChildCli.startInReadOnly(project.resolve("run"), "exec $VDKG serve --root " + project + " --port 0", log);
            try {
                String banner = ChildCli.firstLine(p, 300);
                assertTrue(banner != null && banner.startsWith("vdkg: serving "), banner + "\n" + Files.readString(log));
                assertTrue(Files.readString(log).contains("is read-only, so it is served as built, although ontology/, data/ or"
                        + " vdkg changed since; to rebuild, make it writable or build elsewhere (vdkg build --db DIR)"),
                        Files.readString(log));
            } finally {
                p.destroy();
                p.waitFor(60, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        } finally {
            TestProject.deleteTree(project);
        }
    }

    @Test
    void noDatabaseOnAReadOnlyDiskIsTheUsersError() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        try (ReadOnlyDir ro = ReadOnlyDir.of(empty)) {
            Cli.Run serve = Cli.run("-q", "serve", "--root", dir.toString(), "--db", empty.resolve("db").toString(), "--port", "0");
            assertEquals(1, serve.exit(), serve.err());
            assertEquals("vdkg: no database at " + empty.resolve("db") + ", and its directory is read-only: build it elsewhere"
                    + " (vdkg build --db DIR) and use that", serve.err().strip());
            Cli.Run query = Cli.run("-q", "query", "--root", dir.toString(), "--db", empty.resolve("db").toString(),
                    "--sparql", "ASK {}");
            assertEquals(1, query.exit(), query.err());
            assertEquals("vdkg: no database at " + empty.resolve("db") + " (run: vdkg build)", query.err().strip());
        }
    }
}
