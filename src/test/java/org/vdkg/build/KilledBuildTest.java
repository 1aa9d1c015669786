package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.serve.VdkgServer;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/**
 * {@code vdkg build} runs in a child JVM and is killed (SIGKILL) after a random delay, again and again,
 * with inputs that change every time. After each kill, once the usual start-up recovery has run, the
 * served answers are those of the database before the build or, when the kill came after the swap, of
 * the finished new one; never a mixture, never an error.
 */
class KilledBuildTest {

    private static final String BASE = IriScheme.DEFAULT_BASE;
    private static final int KILLS = 8;
    private static final String EXTRA = "\n  - id: hostile-test-place-%d\n    type: City\n    label: {en: \"Test city %d\"}\n"
            + "    description: {en: \"added by a test to change the inputs\"}\n";
    /** Per graph triple counts except graph/meta (which holds the build time), then two saved queries' answers. */
    private static final List<String> FINGERPRINT = List.of(
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + BASE + "graph/meta>) } GROUP BY ?g ORDER BY ?g",
            "SELECT ?e { ?e a <https://w3id.org/vdkg/ontology#City> } ORDER BY ?e");

    @Test
    void aBuildKilledAtAnyMomentLeavesADatabaseThatServesTheOldOrTheNewAnswers(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        Path places = layout.root().resolve("data/entities/places.yaml");
        String original = Files.readString(places);
        assertTrue(new DatabaseBuilder("test").build(layout, BASE, db).built());
        List<String> current = fingerprint(layout, db);
        // One build left to finish tells how long a build takes here; the kills then fall anywhere in it.
        Files.writeString(places, original + String.format(EXTRA, 0, 0), StandardOpenOption.TRUNCATE_EXISTING);
        long t0 = System.nanoTime();
        Process whole = childBuild(layout, db, dir.resolve("build-0.log"));
        assertTrue(whole.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue(), Files.readString(dir.resolve("build-0.log")));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        current = fingerprint(layout, db);
        Random rnd = new Random(42);
        int keptOld = 0;
        int finished = 0;
        List<String> log = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            Files.writeString(places, original + String.format(EXTRA, kill, kill), StandardOpenOption.TRUNCATE_EXISTING);
            // Every other kill aims at the last fifth of the build, where the database is written and swapped in.
            long delay = kill % 2 == 1 ? 100 + (long) (rnd.nextDouble() * buildMs) : (long) (buildMs * (0.8 + 0.3 * rnd.nextDouble()));
            Process build = childBuild(layout, db, dir.resolve("build-" + kill + ".log"));
            boolean ended = build.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                build.destroyForcibly();
                build.waitFor(30, TimeUnit.SECONDS);
            }
            new DatabaseDirs(db).recover();
            assertTrue(new DatabaseDirs(db).isComplete(), "a complete database after kill " + kill);
            assertTrue(new DatabaseDirs(db).leftovers().isEmpty());
            List<String> after = fingerprint(layout, db);
            boolean isNew = after.get(1).contains("hostile-test-place-" + kill);
            if (isNew) {
                finished++;
            } else {
                assertEquals(current, after, "kill " + kill + " (delay " + delay + "): the previous database serves the same answers");
                keptOld++;
            }
            log.add(delay + " ms -> " + (ended ? "build ended by itself" : "killed") + ", serves " + (isNew ? "new" : "previous"));
            current = after;
        }
        System.out.println("a whole build took " + buildMs + " ms; killed builds: " + log);
        assertEquals(KILLS, keptOld + finished);
        assertTrue(keptOld > 0, "at least one kill came before the swap: " + log);
    }

    private static Process childBuild(ProjectLayout layout, Path db, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.vdkg.cli.Main",
                "build", "--root", layout.root().toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> fingerprint(ProjectLayout layout, Path db) {
        List<String> answers = new ArrayList<>();
        try (VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), db, "127.0.0.1", 0, 30_000))) {
            for (String q : FINGERPRINT) {
                HttpResponse<String> r = Http.postForm(server.sparqlUrl(), "query", q, "text/csv");
                assertEquals(200, r.statusCode(), r.body());
                answers.add(r.body());
            }
        }
        return answers;
    }
}
