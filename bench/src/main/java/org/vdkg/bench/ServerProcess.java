package org.vdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SPARQL server in a child JVM (vdkg serve, or the stock jena-fuseki-server jar), both with the same
 * heap, config and database, started and timed from process start to the first answered query.
 */
final class ServerProcess implements AutoCloseable {

    /** The first query: a real pattern, so an inference layer has to get ready to answer it. */
    static final String FIRST_QUERY = "SELECT * { ?s ?p ?o } LIMIT 1";

    private final Process process;
    private final String sparql;
    private final double startSeconds;

    private ServerProcess(Process process, String sparql, double startSeconds) {
        this.process = process;
        this.sparql = sparql;
        this.startSeconds = startSeconds;
    }

    /** The JVM options of the {@code vdkg} launcher for {@code serve} (its AppCDS archive aside). */
    static final List<String> VDKG_JVM = List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=error:stderr",
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * The vdkg server, from the classes of this very JVM, with the launcher's JVM options and, when {@code cds} is
     * given, its AppCDS archive: mapped when the file is there, else written when the server stops, as the launcher's
     * first run does.
     */
    static ServerProcess vdkg(Path root, Path db, Path config, String xmx, long timeoutMillis, Path log, Path cds,
            List<String> extra) {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + xmx));
        cmd.addAll(VDKG_JVM);
        if (cds != null) {
            cmd.add(Files.isRegularFile(cds) ? "-XX:SharedArchiveFile=" + cds : "-XX:ArchiveClassesAtExit=" + cds);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.vdkg.cli.Main", "-q", "serve", "--root", root.toString(), "--db", db.toString(), "--config", config.toString(),
                "--port", Integer.toString(port), "--timeout", Long.toString(Math.max(1, timeoutMillis / 1000)),
                // Same work as the stock server: no row cap.
                "--max-rows", "0"));
        cmd.addAll(extra);
        return start(new ProcessBuilder(cmd), port, log);
    }

    /** AppCDS needs a class path of jars only (the launcher's); run from class directories (tests), the bench goes without. */
    static boolean cdsPossible() {
        for (String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!e.endsWith(".jar")) {
                return false;
            }
        }
        return true;
    }

    /** Log4j2 settings for the stock server that log as {@code vdkg -q serve} does: errors only, no line per request. */
    static final String QUIET_LOG = """
            status = error
            appender.console.type = Console
            appender.console.name = STDERR
            appender.console.target = SYSTEM_ERR
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss} %-5level %c{1} :: %msg%n
            rootLogger.level = ERROR
            rootLogger.appenderRef.stderr.ref = STDERR
            """;

    /** The stock Fuseki server jar, with the same config, logging as quietly as vdkg. */
    static ServerProcess stock(Path jar, Path config, String xmx, Path fusekiBase, Path log) {
        int port = freePort();
        Path logConfig = fusekiBase.resolve("log4j2-quiet.properties");
        try {
            Files.createDirectories(fusekiBase);
            Files.writeString(logConfig, QUIET_LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx" + xmx, "-Dlog4j.configurationFile=" + logConfig.toUri(),
                "-jar", jar.toString(), "--config=" + config, "--port=" + port, "--localhost");
        pb.environment().put("FUSEKI_BASE", fusekiBase.toString());
        return start(pb, port, log);
    }

    private static ServerProcess start(ProcessBuilder pb, int port, Path log) {
        String sparql = "http://127.0.0.1:" + port + "/vdkg/sparql";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest first = HttpRequest.newBuilder(URI.create(sparql + "?query=" + LoadGenerator.encode(FIRST_QUERY)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(300)).GET().build();
        try {
            Files.createDirectories(log.getParent());
            long t0 = System.nanoTime();
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(600);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the server exited with " + p.exitValue() + "; see " + log);
                }
                try {
                    if (client.send(first, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new ServerProcess(p, sparql, (System.nanoTime() - t0) / 1e9);
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(10);
            }
            p.destroyForcibly();
            throw new IllegalStateException("the server did not answer within 600 s; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String sparqlUrl() {
        return sparql;
    }

    /** The server's root URL ({@code http://127.0.0.1:PORT/}). */
    String rootUrl() {
        return sparql.replaceFirst("vdkg/sparql$", "");
    }

    /** Seconds from process start to the first answered query. */
    double startSeconds() {
        return startSeconds;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) { // a first run writes its AppCDS archive on the way out
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
