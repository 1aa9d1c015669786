package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

class MainTest {

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (Command c : Commands.ALL) {
            assertTrue(r.out().contains("  " + c.name() + " "), c.name() + " missing from:\n" + r.out());
        }
        assertTrue(r.out().contains("--version"));
    }

    @Test
    void serveHelpGivesASummaryAndOneLinePerOption() {
        Cli.Run r = Cli.run("serve", "--help");
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).startsWith("Rebuild"), r.out());
        for (String opt : List.of("--port", "--host", "--db", "--root", "--rebuild", "--timeout", "--help")) {
            assertEquals(1, lines.stream().filter(l -> l.trim().startsWith(opt) || l.trim().matches("-\\w, " + opt + ".*")).count(),
                    opt + " should be on exactly one line:\n" + r.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (Command c : Commands.ALL) {
            Cli.Run r = Cli.run(c.name(), "--help");
            assertEquals(0, r.exit(), c.name());
            assertTrue(r.out().startsWith("usage: vdkg " + c.name()), r.out());
        }
    }

    @Test
    void versionComesFromThePom() {
        Cli.Run r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("vdkg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
    }

    @Test
    void unknownCommandExitsTwoWithOneLineAndUsage() {
        Cli.Run r = Cli.run("frobnicate");
        assertEquals(2, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals("vdkg: unknown command 'frobnicate'", lines.get(0));
        assertTrue(lines.get(1).startsWith("usage: vdkg"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** The product jar alone ({@code java -jar target/vdkg.jar bench}) lacks the bench module: say how to run it. */
    @Test
    void benchWithoutTheBenchModuleSaysHowToRunItAndExitsTwo() {
        assertTrue(Commands.ALL.stream().noneMatch(c -> c.name().equals("bench")), "the test class path holds no bench module");
        for (Cli.Run r : List.of(Cli.run("bench"), Cli.run("bench", "--n", "1"), Cli.run("-q", "bench"))) {
            assertEquals(2, r.exit(), r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.contains("bench/target/vdkg-bench.jar") && first.contains("./vdkg bench"), first);
            assertFalse(first.contains("unknown command"), first);
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void unknownOptionExitsTwo() {
        Cli.Run r = Cli.run("build", "--frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("vdkg build: unknown option --frobnicate"), r.err());
        Cli.Run global = Cli.run("--frobnicate");
        assertEquals(2, global.exit());
        assertTrue(global.err().startsWith("vdkg: unknown option --frobnicate"), global.err());
    }

    @Test
    void badOptionValueIsAUsageError() {
        Cli.Run r = Cli.run("serve", "--port", "many");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--port"), r.err());
    }

    @Test
    void queryWithoutADatabaseIsTheUsersError(@TempDir Path dir) {
        Cli.Run r = Cli.run("query", "--root", dir.toString(), "--sparql", "ASK {}");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("vdkg: no database at "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    }

    @Test
    void brokenTurtleFailsTheBuildWithFileAndLineAndKeepsTheOldDatabase(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        Cli.Run good = Cli.run("build", "--root", root);
        assertEquals(0, good.exit(), good.err());
        String before = count(root);

        Path ttl = layout.ontologyDir().resolve("vdkg.ttl");
        long lines = Files.readAllLines(ttl).size();
        Files.writeString(ttl, "\nthis is not turtle .\n", StandardOpenOption.APPEND);
        Cli.Run bad = Cli.run("build", "--root", root);

        assertEquals(1, bad.exit(), bad.err());
        assertTrue(bad.err().contains("ontology/vdkg.ttl:" + (lines + 2)), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace:\n" + bad.err());
        assertEquals(before, count(root), "the old database still answers the same");
        Cli.Run validate = Cli.run("validate", "--root", root);
        assertEquals(1, validate.exit());
    }

    @Test
    void brokenYamlFailsTheBuildWithFileAndLineAndKeepsTheOldDatabase(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());
        String before = count(root);

        Path sources = layout.dataDir().resolve("sources.yaml");
        long lines = Files.readAllLines(sources).size();
        Files.writeString(sources, "  - {id: [unclosed\n", StandardOpenOption.APPEND);
        Cli.Run bad = Cli.run("build", "--root", root);

        assertEquals(1, bad.exit(), bad.err());
        assertTrue(bad.err().contains("data/sources.yaml:" + (lines + 2)), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace:\n" + bad.err());
        assertEquals(before, count(root), "the old database still answers the same");
    }

    @Test
    void queryAndExportReadTheBuiltDatabase(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());
        Cli.Run json = Cli.run("query", "--root", root, "--format", "json", "--sparql", "ASK { ?s ?p ?o }");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"boolean\" : true"), json.out());
        Path out = dir.resolve("dump.nq");
        Cli.Run export = Cli.run("export", "--root", root, "--format", "nq", "--out", out.toString());
        assertEquals(0, export.exit(), export.err());
        long quads = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count();
        assertEquals(Long.parseLong(count(root)), quads, "N-Quads hold every triple of the union once per graph");
    }

    @Test
    void queryRunsASavedQueryByNameAndListsTheCatalogue(@TempDir Path dir) {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());

        Cli.Run list = Cli.run("query", "--root", root, "--list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("find-kgb ") && l.contains("KGB")), list.out());

        Cli.Run byName = Cli.run("query", "find-kgb", "--root", root, "--format", "tsv");
        assertEquals(0, byName.exit(), byName.err());
        assertEquals(List.of("entity\tname\ttype", "kgb\tUSSR Committee for State Security\tSecurityService"),
                byName.out().lines().toList());

        Cli.Run byFile = Cli.run("query", layout.queriesDir().resolve("find-kgb.rq").toString(), "--root", root);
        assertEquals(0, byFile.exit(), byFile.err());
        assertTrue(byFile.out().contains("SecurityService"), byFile.out());

        Cli.Run typo = Cli.run("query", "find-kbg", "--root", root);
        assertEquals(1, typo.exit());
        assertTrue(typo.err().contains("did you mean 'find-kgb'"), typo.err());

        Cli.Run both = Cli.run("query", "find-kgb", "--sparql", "ASK {}", "--root", root);
        assertEquals(2, both.exit(), "a name and --sparql together are a usage error");
    }

    @Test
    void coverageReportsEverySourceAndRejectsAnUnknownOne(@TempDir Path dir) {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        Cli.Run all = Cli.run("coverage", "--root", root);
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("content paragraphs cited"), all.out());
        Cli.Run unknown = Cli.run("coverage", "--root", root, "--source", "no-such-article");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no-such-article"), unknown.err());
    }

    private static String count(String root) {
        Cli.Run r = Cli.run("query", "--root", root, "--format", "csv", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().skip(1).findFirst().orElseThrow().trim();
    }
}
