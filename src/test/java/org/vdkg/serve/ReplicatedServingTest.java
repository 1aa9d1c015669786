package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.ChildCli;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.NQuadsHash;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;

/**
 * Replicated serving on one machine, as the README deploys it: {@code deploy/replicas.sh} starts three {@code vdkg
 * serve} processes on copies of a release-1 database and a real HAProxy with {@code deploy/haproxy/haproxy.cfg} (on
 * free loopback ports), then rolls them over to release 2 while four clients read through HAProxy. No request may
 * fail, and every replica must end ready on release 2 with the release-2 database's triple count and content hash.
 */
class ReplicatedServingTest {

    private static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final int CLIENTS = 4;
    /** Most requests one client sends; it stops earlier once the rolling update is over. */
    private static final int MAX_REQUESTS = 4_000;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void aRollingUpdateFromRelease1To2LosesNoRequest(@TempDir Path dir) throws Exception {
        Tools.require("haproxy", "haproxy");
        Tools.require("curl", "curl");
        Path db1 = build(dir, "p1", "r1", p -> { });
        Path db2 = build(dir, "p2", "r2", ReplicatedServingTest::addSyntheticAlias);
        long triples2 = count(db2);
        String hash2 = NQuadsHash.of(db2);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db2.toAbsolutePath().normalize().toString()));
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db1.toAbsolutePath().normalize().toString()));

        int basePort = freePorts(5);
        Map<String, String> env = new HashMap<>();
        // Small, quick-starting child JVMs: C1 only, serial GC (the machine may have two cores for everything).
        env.put("VDKG", String.join(" ", ChildCli.vdkg()).replace("-Xmx384m", "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"));
        env.put("VDKG_STATE", dir.resolve("state").toString());
        env.put("VDKG_BASE_PORT", Integer.toString(basePort));
        env.put("VDKG_FRONT_PORT", Integer.toString(basePort + 4));
        env.put("VDKG_STATS_PORT", Integer.toString(basePort + 5));
        env.put("VDKG_DRAIN", "5");
        env.put("VDKG_WAIT", "600");
        String front = "http://127.0.0.1:" + (basePort + 4) + "/";
        try {
            Tools.Run started = script(env, "start", db1.toString());
            assertEquals(0, started.exit(), started.out());
            for (int i = 1; i <= 3; i++) {
                assertEquals("r1", ready(basePort + i).getString("release"));
            }
            long triples1 = Http.count(front + "vdkg/sparql");
            assertTrue(triples1 > 0);

            AtomicBoolean updating = new AtomicBoolean(true);
            Load load = new Load(front);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> load.run(client, updating)));
            }
            Tools.Run rolled;
            try {
                rolled = script(env, "rolling-update", db2.toString());
            } finally {
                System.out.println("replicated serving, so far: " + load.sent.get() + " requests, " + load.failures.size()
                        + " failed " + load.failures.subList(0, Math.min(5, load.failures.size())));
                updating.set(false);
                for (Future<?> f : running) {
                    f.get(5, TimeUnit.MINUTES);
                }
                clients.shutdownNow();
            }
            assertEquals(0, rolled.exit(), rolled.out());

            System.out.println("replicated serving: " + load.sent.get() + " requests through HAProxy during the rolling update, "
                    + load.failures.size() + " failed; HAProxy " + haproxyCounters(basePort + 5));
            assertEquals(List.of(), load.failures.subList(0, Math.min(10, load.failures.size())), "failed requests");
            // The load spanned the update: it saw both releases' answers (the count query differs between them).
            Set<String> counts = load.quadCounts.keySet();
            assertTrue(counts.contains(Long.toString(triples1)) && counts.contains(Long.toString(triples2)),
                    "counts seen: " + load.quadCounts + ", release 1 " + triples1 + ", release 2 " + triples2);
            assertNotEquals(triples1, triples2);

            for (int i = 1; i <= 3; i++) {
                JsonObject r = ready(basePort + i);
                assertEquals("r2", r.getString("release"), "replica " + i);
                assertEquals(triples2, r.get("triples").getAsNumber().value().longValue(), "replica " + i);
                assertEquals(hash2, r.getString("contentHash"), "replica " + i);
            }
            String status = script(env, "status").out();
            assertEquals(3, status.lines().filter(l -> l.contains("haproxy=UP")).count(), status);
        } finally {
            Tools.Run stopped = script(env, "stop");
            killLeftovers(dir.resolve("state"));
            assertEquals(0, stopped.exit(), stopped.out());
        }
    }

    /** Reads through HAProxy: SPARQL queries and pages in turn, each checked whole. */
    private static final class Load {
        final String front;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final AtomicInteger sent = new AtomicInteger();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> quadCounts = new ConcurrentHashMap<>();

        Load(String front) {
            this.front = front;
        }

        void run(int clientNo, AtomicBoolean updating) {
            for (int i = 0; i < MAX_REQUESTS && updating.get(); i++) {
                int kind = (i + clientNo) % 4;
                String url = switch (kind) {
                    case 0 -> front + "vdkg/sparql?query=" + Http.encode(QUADS);
                    case 1 -> front + "vdkg/sparql?query=" + Http.encode("SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l LIMIT 50");
                    case 2 -> front + "about";
                    default -> front + "search?q=" + Http.encode("viet");
                };
                String accept = kind < 2 ? "application/sparql-results+json" : "text/html";
                sent.incrementAndGet();
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                            .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    String body = r.body();
                    if (r.statusCode() != 200) {
                        failures.add(r.statusCode() + " " + url + ": " + body.substring(0, Math.min(200, body.length())));
                    } else if (kind < 2) {
                        JsonObject results = JSON.parse(body);
                        if (kind == 0) {
                            quadCounts.merge(Long.toString(Http.jsonCount(body)), 1, Integer::sum);
                        } else if (results.get("results").getAsObject().get("bindings").getAsArray().size() != 50) {
                            failures.add("incomplete results from " + url);
                        }
                    } else if (!body.strip().endsWith("</html>")) {
                        failures.add("incomplete page " + url);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e + " " + url);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A copy of the project built with {@code vdkg build --release-label}, after {@code edit}. */
    private static Path build(Path dir, String name, String label, java.util.function.Consumer<Path> edit) {
        Path root = dir.resolve(name);
        TestProject.copyInto(root);
        edit.accept(root);
        Path db = root.resolve("run/db");
        Cli.Run run = Cli.run("build", "--root", root.toString(), "--db", db.toString(), "--release-label", label);
        assertEquals(0, run.exit(), run.err());
        return db;
    }

    /** Release 2's one change: a synthetic English alias of Vietnam (test data only, never in data/). */
    private static void addSyntheticAlias(Path root) {
        Path file = root.resolve("data/entities/organisations.yaml");
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            String before = "aliases: {en: [\"Socialist Republic of Vietnam\"]}";
            assertTrue(yaml.contains(before), "the fixture line moved: " + before);
            Files.writeString(file, yaml.replace(before,
                    "aliases: {en: [\"Socialist Republic of Vietnam\", \"Synthetic test alias of Vietnam\"]}"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path db) {
        var dsg = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.findNG(null, null, null, null); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static JsonObject ready(int port) {
        HttpResponse<String> r = Http.get("http://127.0.0.1:" + port + "/$/ready", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JSON.parse(r.body());
        assertTrue(o.get("ready").getAsBoolean().value());
        return o;
    }

    /** Retries and redispatches HAProxy counted (its CSV statistics), to show how it covered the restarts. */
    private static String haproxyCounters(int statsPort) {
        HttpResponse<String> csv = Http.get("http://127.0.0.1:" + statsPort + "/stats;csv", "text/csv");
        for (String line : csv.body().split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length > 17 && f[0].equals("replicas") && f[1].equals("BACKEND")) {
                return "backend: " + f[7] + " sessions, " + f[13] + " connection errors, " + f[14] + " response errors, "
                        + f[15] + " retries, " + f[16] + " redispatches";
            }
        }
        return "(no backend line)";
    }

    /** Runs deploy/replicas.sh with {@code env}; fails after 25 minutes (a rolling update on a crowded machine is slow). */
    private static Tools.Run script(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", TestProject.REPO.resolve("deploy/replicas.sh").toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("vdkg-replicas-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(25, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("replicas.sh " + String.join(" ", args) + " did not finish: " + Files.readString(log));
            }
            return new Tools.Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Ends, by their recorded pids, any replica or HAProxy that the script's stop left running (after a failure). */
    private static void killLeftovers(Path state) throws IOException {
        if (!Files.isDirectory(state)) {
            return;
        }
        try (var files = Files.list(state)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                for (String pid : Files.readString(pidFile).trim().split("\\s+")) {
                    if (!pid.isEmpty()) {
                        ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            }
        }
    }

    /** A port p such that p+1 .. p+n are free on loopback now. */
    private static int freePorts(int n) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket s = new ServerSocket(0)) {
                base = s.getLocalPort();
            }
            if (base + n + 1 > 65535) {
                continue;
            }
            boolean free = true;
            for (int i = 1; i <= n + 1 && free; i++) {
                try (ServerSocket s = new ServerSocket(base + i, 1, java.net.InetAddress.getLoopbackAddress())) {
                    s.getLocalPort();
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new AssertionError("no run of free ports");
    }
}
