package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Http;
import org.vdkg.support.Listener;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/** fuseki-config/vdkg.ttl also starts the stock jena-fuseki-server jar (fetched by Maven into target/stock-fuseki), text search included. */
class StockFusekiTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"copy with the location rewritten", "as shipped, run from the project root"})
    void theStockServerServesTheBuiltDatabaseFromTheSameConfig(String mode, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path jar = stockJar();
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());

        Path config;
        if (mode.startsWith("copy")) {
            Model m = RDFDataMgr.loadModel(TestProject.config(layout).toString());
            ServerConfig.relocate(m, built.database());
            config = dir.resolve("stock-config.ttl");
            try (OutputStream out = Files.newOutputStream(config)) {
                RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
            }
        } else {
            config = Path.of("fuseki-config", "vdkg.ttl");
        }
        int port = freePort();
        Path log = dir.resolve("stock-fuseki.log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx256m", "-jar", jar.toString(),
                "--config=" + config, "--port=" + port, "--localhost")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FUSEKI_BASE", dir.resolve("fuseki-base").toString());
        Process p = pb.start();
        try {
            String sparql = "http://127.0.0.1:" + port + "/vdkg/sparql";
            awaitUp(p, sparql, log);
            assertEquals(built.totalTriples(), Http.count(sparql));
            // The stock jar serves jena-text from the same file: the index that the build wrote, diacritics folded.
            String text = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                    + "?s text:query \"vo nguyen giap\" FILTER (?s = <https://w3id.org/vdkg/id/person/vo-nguyen-giap>) }";
            assertEquals(1, Http.jsonCount(Http.get(sparql + "?query=" + Http.encode(text), "application/sparql-results+json").body()));
            String dWithStroke = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                    + "?s text:query \"Đàm\" FILTER (?s = <https://w3id.org/vdkg/id/person/dam-quang-trung>) }";
            assertEquals(1, Http.jsonCount(Http.get(sparql + "?query=" + Http.encode(dWithStroke), "application/sparql-results+json").body()));
            HttpResponse<String> update = Http.postForm(sparql, "update", "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", "*/*");
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update -> " + update.statusCode());
            // The stock jar has none of vdkg's checks: the file's arq:httpServiceAllowed alone keeps it from fetching.
            try (Listener listener = new Listener()) {
                String u = listener.url("internal");
                for (String q : List.of("SELECT * WHERE { { SELECT * WHERE { SERVICE <" + u + "> { ?s ?p ?o } } } }",
                        "SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <" + u + "> { ?s ?p ?o } }) LIMIT 3",
                        "SELECT * WHERE { SERVICE SILENT <" + u + "> { ?s ?p ?o } }",
                        "ASK { FILTER NOT EXISTS { SERVICE <" + u + "> { ?s ?p ?o } } }")) {
                    int status = Http.get(sparql + "?query=" + Http.encode(q), "text/csv").statusCode();
                    assertTrue(status != 500 || listener.requests() == 0, q + " -> " + status);
                }
                assertEquals(0, listener.requests(), "the stock server fetched a SERVICE URL");
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static Path stockJar() {
        String dir = System.getProperty("vdkg.stockFusekiDir", "target/stock-fuseki");
        Path jar = Path.of(dir).resolve("jena-fuseki-server-5.6.0.jar");
        // Maven fetches the jar in generate-test-resources, so a missing jar is a broken build, not a reason to skip.
        assertTrue(Files.isRegularFile(jar),
                "the stock Fuseki jar is not at " + jar + "; run ./mvnw generate-test-resources");
        return jar;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Polls until the endpoint answers, failing with the server log when the process dies or 90 s pass. */
    static void awaitUp(Process p, String sparql, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited with " + p.exitValue() + ":\n" + read(log));
            }
            try {
                if (Http.get(sparql + "?query=" + Http.encode("ASK {}"), "*/*").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not answer within 90 s:\n" + read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? String.join("\n", List.of(Files.readString(log))) : "(no log)";
    }
}
