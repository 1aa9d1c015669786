package org.vdkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.ChildCli;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;

/**
 * A server started from the packaged jar keeps working when the jar is rebuilt underneath it: the file is rewritten
 * in place, as maven-jar-plugin does on {@code ./mvnw package} (it writes the plain jar over the shaded one before
 * the shade plugin renames its output in), and then pages, formats and errors whose classes were not loaded yet are
 * asked for. A control run, started from the jar without the launcher, shows that the rewrite does break a server
 * that reads its classes from that file, so the test exercises the failure it guards against; where no private copy
 * can be made, the server says so and stops rather than answering empty replies.
 */
class RebuiltJarIT {

    private static final Pattern SPARQL = Pattern.compile("\\(SPARQL: (http://127\\.0\\.0\\.1:(\\d+)/vdkg/sparql)\\)");

    /** Requests first made after the rewrite: each needs classes or resources not used before it. */
    private static List<String[]> afterRewrite() {
        return List.of(
                new String[] {"/id/org/kgb", "text/html"},
                new String[] {"/id/org/kgb", "application/ld+json"},
                new String[] {"/id/org/kgb", "application/rdf+xml"},
                new String[] {"/id/org/kgb", "application/n-triples"},
                new String[] {"/ontology", "text/turtle"},
                new String[] {"/.well-known/void", "text/turtle"},
                new String[] {"/context.jsonld", "application/ld+json"},
                new String[] {"/dumps/vdkg.jsonld", "application/ld+json"},
                new String[] {"/graph.json", "application/json"},
                new String[] {"/timeline.json", "application/json"},
                new String[] {"/timeline", "text/html"},
                new String[] {"/reconcile", "application/json"},
                new String[] {"/about", "text/html"},
                new String[] {"/vdkg/sparql?query=" + Http.encode("CONSTRUCT WHERE { ?s a ?c } LIMIT 5"), "application/rdf+xml"},
                new String[] {"/vdkg/sparql?query=" + Http.encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"), "application/sparql-results+xml"},
                new String[] {"/vdkg/sparql?query=" + Http.encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"), "text/tab-separated-values"},
                new String[] {"/vdkg/data?default", "application/trig"});
    }

    @Test
    void aServerKeepsAnsweringWhenItsJarIsRewrittenInPlace(@TempDir Path dir) throws Exception {
        Path jar = install(dir);
        Run run = serve(dir, List.of("-jar", jar.toString()));
        try {
            rewriteInPlace(jar);
            List<String> failures = askEverything(run.base);
            assertEquals(List.of(), failures, "every request is answered after the rewrite; server log:\n" + run.log());
            assertEquals(TestProject.REPO.resolve("target/original-vdkg.jar").toFile().length(), Files.size(jar),
                    "the jar was really rewritten");
        } finally {
            run.stop();
        }
        String log = run.log();
        assertFalse(log.contains("NoClassDefFoundError") || log.contains("ZipException") || log.contains("ClassNotFoundException"), log);
        assertTrue(Files.isDirectory(dir.resolve(".vdkg.jar.copies")), "the server ran from its private copy");
    }

    @Test
    void aServerReadingItsClassesFromTheRewrittenFileBreaks(@TempDir Path dir) throws Exception {
        Path jar = install(dir);
        // The control: the same server, with the classes read from the jar itself (no launcher).
        Run run = serve(dir, List.of("-cp", jar.toString(), "org.vdkg.cli.Main"));
        List<String> failures;
        try {
            rewriteInPlace(jar);
            failures = askEverything(run.base);
        } finally {
            run.stop();
        }
        assertFalse(failures.isEmpty(), "the rewrite should have broken this server; otherwise the other test proves nothing");
    }

    @Test
    void aServerThatCannotCopyItsJarStopsWithAMessageWhenTheJarIsRewritten(@TempDir Path dir) throws Exception {
        Path jar = install(dir);
        // A file where the copies would go: the launcher falls back to running from the jar itself.
        Files.writeString(dir.resolve(".vdkg.jar.copies"), "in the way");
        Run run = serve(dir, List.of("-jar", jar.toString()));
        try {
            rewriteInPlace(jar);
            assertTrue(run.process.waitFor(60, TimeUnit.SECONDS), "the server stops instead of answering empty replies");
            assertEquals(1, run.process.exitValue());
            assertTrue(run.log().contains("vdkg: " + jar + " was rewritten (or removed) while this process runs from it"), run.log());
        } finally {
            run.stop();
        }
    }

    /** A copy of the packaged jar and the project, so that the real target/vdkg.jar is never touched. */
    private static Path install(Path dir) throws Exception {
        Path packaged = Path.of(System.getProperty("vdkg.jar", "target/vdkg.jar"));
        assertTrue(Files.isRegularFile(packaged), "run with ./mvnw verify: the packaged jar is missing at " + packaged);
        assertTrue(Files.isRegularFile(TestProject.REPO.resolve("target/original-vdkg.jar")), "the plain jar of the build");
        Path jar = dir.resolve("vdkg.jar");
        Files.copy(packaged, jar);
        TestProject.copyInto(dir.resolve("project"));
        return jar;
    }

    /** Writes the plain jar over the shaded one, in place (same file, same inode), as maven-jar-plugin does. */
    private static void rewriteInPlace(Path jar) throws Exception {
        byte[] plain = Files.readAllBytes(TestProject.REPO.resolve("target/original-vdkg.jar"));
        Object inode = Files.getAttribute(jar, "unix:ino");
        try (OutputStream out = Files.newOutputStream(jar, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(plain);
        }
        assertEquals(inode, Files.getAttribute(jar, "unix:ino"), "rewritten in place");
    }

    private static List<String> askEverything(String base) {
        List<String> failures = new ArrayList<>();
        for (String[] r : afterRewrite()) {
            try {
                HttpResponse<String> resp = Http.get(base + r[0].substring(1), r[1]);
                if (resp.statusCode() != 200 || resp.body().isBlank()) {
                    failures.add(r[0] + " (" + r[1] + "): " + resp.statusCode() + " " + resp.body().length() + " characters");
                }
            } catch (RuntimeException e) {
                failures.add(r[0] + " (" + r[1] + "): " + e);
            }
        }
        try {
            HttpResponse<String> bad = Http.get(base + "vdkg/sparql?query=" + Http.encode("SELECT * WHERE {"), "text/csv");
            if (bad.statusCode() != 400) {
                failures.add("a malformed query: " + bad.statusCode() + " instead of 400");
            }
        } catch (RuntimeException e) {
            failures.add("a malformed query: " + e);
        }
        return failures;
    }

    private record Run(Process process, String base, Path err) {
        String log() throws Exception {
            return Files.readString(err);
        }

        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Run serve(Path dir, List<String> launch) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(launch);
        cmd.addAll(List.of("serve", "--root", dir.resolve("project").toString(), "--port", "0"));
        Path err = dir.resolve("serve-" + launch.get(0).replace("-", "") + ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String banner = ChildCli.firstLine(p, 300);
        Matcher m = SPARQL.matcher(banner == null ? "" : banner);
        if (!m.find()) {
            p.destroyForcibly();
            throw new AssertionError("no banner: " + banner + "\n" + Files.readString(err));
        }
        String base = "http://127.0.0.1:" + m.group(2) + "/";
        // Warm up with a query, as a server in use would be.
        assertTrue(Http.count(m.group(1)) > 1000);
        return new Run(p, base, err);
    }
}
