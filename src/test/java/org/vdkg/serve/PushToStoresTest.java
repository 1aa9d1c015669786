package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.Store;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;
import org.vdkg.vocab.IriScheme;

/**
 * {@code vdkg push} into two real SPARQL 1.1 stores on loopback: the stock Fuseki jar (an in-memory dataset, basic
 * authentication) and Virtuoso open-source (a private instance, digest authentication as dba); afterwards each store's
 * per-graph triple counts, asked independently, equal the local database's. Failures: an unreachable URL, a wrong
 * password (401), missing options; the password is never printed.
 */
class PushToStoresTest {

    private static final String PASSWORD = "push-test-secret-7f3a";

    private static Path dir;
    private static Path db;
    private static Map<String, Long> local;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("vdkg-push-");
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, layout.defaultDb());
        assertTrue(built.built(), built.problems().toString());
        db = built.database();
        local = new TreeMap<>();
        try (Store store = Store.open(db)) {
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> ds.listModelNames().forEachRemaining(r -> local.put(r.getURI(), ds.getNamedModel(r).size())));
        }
        assertTrue(local.size() >= 8, local.toString());
    }

    @AfterAll
    static void delete() {
        TestProject.deleteTree(dir);
    }

    @Test
    void pushesIntoTheStockFusekiServerAndChecksTheCounts() throws Exception {
        Path passwd = dir.resolve("fuseki-passwd");
        Files.writeString(passwd, "vdkg: " + PASSWORD + "\n");
        Path pw = dir.resolve("fuseki-password");
        Files.writeString(pw, PASSWORD + "\n");
        Path wrong = dir.resolve("wrong-password");
        Files.writeString(wrong, "not-" + PASSWORD + "\n");
        int port = StockFusekiTest.freePort();
        Path log = dir.resolve("stock-fuseki-push.log");
        ProcessBuilder pb = new ProcessBuilder(StockFusekiTest.javaBin(), "-Xmx256m", "-jar", StockFusekiTest.stockJar().toAbsolutePath().toString(),
                "--mem", "--port=" + port, "--localhost", "--passwd=" + passwd, "--auth=basic", "/ds")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", dir.resolve("fuseki-base").toString());
        Process p = pb.start();
        try {
            String root = "http://127.0.0.1:" + port + "/ds/";
            String auth = "Basic " + Base64.getEncoder().encodeToString(("vdkg:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            awaitUp(p, root + "sparql", auth, log);

            Cli.Run ok = Cli.run("push", "--to", root + "data", "--user", "vdkg", "--password-file", pw.toString(), "--db", db.toString());
            assertEquals(0, ok.exit(), ok.out() + ok.err());
            assertCounts(root + "sparql", auth, ok);

            Cli.Run refused = Cli.run("push", "--to", root + "data", "--user", "vdkg", "--password-file", wrong.toString(), "--db", db.toString());
            assertEquals(1, refused.exit(), refused.err());
            assertTrue(refused.err().contains("(401)") && refused.err().contains("--password-file"), refused.err());
            assertFalse(refused.err().contains(PASSWORD) || refused.out().contains(PASSWORD), "the password was printed");

            Cli.Run anonymous = Cli.run("push", "--to", root + "data", "--db", db.toString());
            assertEquals(1, anonymous.exit(), anonymous.err());
            assertTrue(anonymous.err().contains("(401)"), anonymous.err());
        } finally {
            stop(p);
        }
    }

    @Test
    void pushesIntoAPrivateVirtuosoAndChecksTheCounts() throws Exception {
        String virtuoso = Tools.require("virtuoso-t", "virtuoso-opensource");
        Path vdir = Files.createDirectories(dir.resolve("virtuoso"));
        int sqlPort = StockFusekiTest.freePort();
        int httpPort = StockFusekiTest.freePort();
        Files.writeString(vdir.resolve("virtuoso.ini"), virtuosoIni(vdir, sqlPort, httpPort));
        Path log = vdir.resolve("out.log");
        Process p = new ProcessBuilder(virtuoso, "+foreground", "+configfile", vdir.resolve("virtuoso.ini").toString())
                .directory(vdir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String root = "http://127.0.0.1:" + httpPort + "/";
            awaitUp(p, root + "sparql", null, log);
            // The private instance's own administrator (dba:dba, Virtuoso's default): its authenticated Graph Store
            // endpoint asks for HTTP digest authentication.
            Path pw = vdir.resolve("dba-password");
            Files.writeString(pw, "dba\n");
            Cli.Run ok = Cli.run("push", "--to", root + "sparql-graph-crud-auth", "--user", "dba", "--password-file", pw.toString(),
                    "--db", db.toString());
            assertEquals(0, ok.exit(), ok.out() + ok.err());
            assertCounts(root + "sparql", null, ok);

            Path wrong = vdir.resolve("wrong");
            Files.writeString(wrong, "not-" + PASSWORD + "\n");
            Cli.Run refused = Cli.run("push", "--to", root + "sparql-graph-crud-auth", "--user", "dba", "--password-file",
                    wrong.toString(), "--db", db.toString());
            assertEquals(1, refused.exit(), refused.err());
            assertTrue(refused.err().contains("(401)"), refused.err());
            assertFalse(refused.err().contains(PASSWORD) || refused.out().contains(PASSWORD), "the password was printed");
        } finally {
            stop(p);
        }
    }

    @Test
    void unreachableStoresAndClumsyOptionsAreClearErrors() throws Exception {
        int closed = StockFusekiTest.freePort();
        Cli.Run unreachable = Cli.run("push", "--to", "http://127.0.0.1:" + closed + "/ds/data", "--db", db.toString());
        assertEquals(1, unreachable.exit());
        assertTrue(unreachable.err().contains("cannot reach http://127.0.0.1:" + closed + "/ds/data"), unreachable.err());

        Cli.Run noTo = Cli.run("push", "--db", db.toString());
        assertEquals(2, noTo.exit());
        assertTrue(noTo.err().contains("--to URL is required"), noTo.err());
        Cli.Run userOnly = Cli.run("push", "--to", "http://127.0.0.1:" + closed + "/ds/data", "--user", "u", "--db", db.toString());
        assertEquals(2, userOnly.exit());
        assertTrue(userOnly.err().contains("--user and --password-file go together"), userOnly.err());
        Cli.Run unknownStore = Cli.run("push", "--to", "http://127.0.0.1:" + closed + "/store", "--db", db.toString());
        assertEquals(2, unknownStore.exit());
        assertTrue(unknownStore.err().contains("--query-endpoint"), unknownStore.err());
        Cli.Run notHttp = Cli.run("push", "--to", "file:///etc/data", "--db", db.toString());
        assertEquals(1, notHttp.exit());
        assertTrue(notHttp.err().contains("--to must be an http(s) URL"), notHttp.err());
        Cli.Run noPasswordFile = Cli.run("push", "--to", "http://127.0.0.1:" + closed + "/ds/data", "--user", "u",
                "--password-file", dir.resolve("absent").toString(), "--db", db.toString());
        assertEquals(1, noPasswordFile.exit());
        assertTrue(noPasswordFile.err().contains("cannot read the password file"), noPasswordFile.err());
        Cli.Run noDb = Cli.run("push", "--to", "http://127.0.0.1:" + closed + "/ds/data", "--db", dir.resolve("nodb").toString());
        assertEquals(1, noDb.exit());
        assertTrue(noDb.err().contains("no database"), noDb.err());
    }

    /** Each graph's count, asked of the store's query endpoint by this test, equals the local count; the report names each graph. */
    private static void assertCounts(String sparql, String auth, Cli.Run run) throws Exception {
        for (Map.Entry<String, Long> e : local.entrySet()) {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + e.getKey() + "> { ?s ?p ?o } }";
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode(q)))
                    .header("Accept", "application/sparql-results+json");
            if (auth != null) {
                r.header("Authorization", auth);
            }
            HttpResponse<String> answer = HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(e.getValue(), Http.jsonCount(answer.body()), e.getKey());
            assertTrue(run.out().contains(e.getKey() + ": " + e.getValue() + " triples sent, " + e.getValue() + " in the store"), run.out());
        }
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), "the password was printed");
    }

    private static String virtuosoIni(Path d, int sqlPort, int httpPort) {
        return String.join("\n", List.of(
                "[Database]", "DatabaseFile = " + d.resolve("virtuoso.db"), "ErrorLogFile = " + d.resolve("virtuoso.log"),
                "LockFile = " + d.resolve("virtuoso.lck"), "TransactionFile = " + d.resolve("virtuoso.trx"),
                "xa_persistent_file = " + d.resolve("virtuoso.pxa"), "ErrorLogLevel = 7", "FileExtend = 200",
                "MaxCheckpointRemap = 2000", "Striping = 0", "TempStorage = TempDatabase",
                "[TempDatabase]", "DatabaseFile = " + d.resolve("virtuoso-temp.db"), "TransactionFile = " + d.resolve("virtuoso-temp.trx"),
                "MaxCheckpointRemap = 2000", "Striping = 0",
                "[Parameters]", "ServerPort = 127.0.0.1:" + sqlPort, "DisableUnixSocket = 1", "MaxClientConnections = 5",
                "CheckpointInterval = 0", "CaseMode = 2", "DirsAllowed = ., " + d, "NumberOfBuffers = 10000",
                "MaxDirtyBuffers = 6000", "ThreadsPerQuery = 2",
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + httpPort, "ServerRoot = " + d, "MaxClientConnections = 5",
                "ServerThreads = 5", "Charset = UTF-8",
                "[SPARQL]", "ResultSetMaxRows = 100000", "MaxQueryExecutionTime = 60", "")) ;
    }

    /** Polls the query endpoint until it answers ASK, failing with the log when the process dies or 180 s pass. */
    private static void awaitUp(Process p, String sparql, String auth, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the store exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode("ASK {}")))
                        .timeout(java.time.Duration.ofSeconds(10));
                if (auth != null) {
                    r.header("Authorization", auth);
                }
                if (client.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the store did not answer within 180 s:\n" + Files.readString(log));
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
