package org.vdkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;

/**
 * The README's quick start, run the way a user runs it: the packaged jar serves a fresh copy of
 * the project (building its database first) and answers the README's curl query.
 */
class ReadmeQuickStartIT {

    private static final Path README = TestProject.REPO.resolve("README.md");

    @Test
    void theFirstQuickStartCommandServesAndAnswersTheReadmesCurlQuery(@TempDir Path dir) throws Exception {
        List<String> commands = quickStartCommands();
        assertEquals(3, commands.size(), "two commands and the curl example: " + commands);
        assertEquals("./vdkg serve", commands.get(0), "the README's first command");
        assertEquals("./mvnw -B verify", commands.get(2), "the README's test command, also run by .ci/run");
        assertTrue(Files.readString(TestProject.REPO.resolve(".ci/run")).contains("./mvnw -B verify"));
        Matcher curl = Pattern.compile("curl -s (http://127\\.0\\.0\\.1:3030/vdkg/sparql) --data-urlencode 'query=([^']+)'")
                .matcher(commands.get(1));
        assertTrue(curl.matches(), "the README's curl example: " + commands.get(1));

        TestProject.copyInto(dir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar().toString(), "serve",
                "--root", dir.toString(), "--port", Integer.toString(port))
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            String banner = firstLine(p);
            assertEquals("vdkg: serving https://w3id.org/vdkg/ at http://127.0.0.1:" + port
                    + "/ (SPARQL: http://127.0.0.1:" + port + "/vdkg/sparql)", banner, errors(dir));
            String url = curl.group(1).replace(":3030/", ":" + port + "/");
            HttpResponse<String> r = Http.postForm(url, "query", curl.group(2), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(Http.jsonCount(r.body()) > 0, r.body());
            assertEquals(200, Http.get("http://127.0.0.1:" + port + "/", "text/html").statusCode());
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertFalse(Files.exists(dir.resolve("run/db/tdb.lock")), "Ctrl-C (SIGTERM) closed the database cleanly");
    }

    @Test
    void theLauncherRunsTheJar() throws Exception {
        Process p = new ProcessBuilder("bash", TestProject.REPO.resolve("vdkg").toString(), "--version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("vdkg \\d+\\.\\d+\\.\\d+.*")), out);
    }

    /** The lines of the README's Quick start code blocks, in order. */
    static List<String> quickStartCommands() throws Exception {
        String text = Files.readString(README);
        int start = text.indexOf("## Quick start");
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end);
        Matcher block = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(section);
        List<String> lines = new java.util.ArrayList<>();
        while (block.find()) {
            block.group(1).lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return "(" + e + ")";
            }
        });
        return line.get(120, TimeUnit.SECONDS);
    }

    private static String errors(Path dir) throws Exception {
        Path err = dir.resolve("serve.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("vdkg.jar", "target/vdkg.jar"));
        assertTrue(Files.isRegularFile(jar), "run with ./mvnw verify: the packaged jar is missing at " + jar);
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
