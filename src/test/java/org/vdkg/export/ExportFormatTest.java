package org.vdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/** The one registry of {@code export --format} values: the CLI help, its usage errors and the README follow it. */
class ExportFormatTest {

    @Test
    void keysAreUniqueAndEachHasAMediaTypeAndAWriter() {
        List<String> keys = Arrays.stream(ExportFormat.values()).map(ExportFormat::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
        for (ExportFormat f : ExportFormat.values()) {
            assertTrue(f.mediaType().matches("[a-z]+/[a-z0-9.+-]+"), f + " " + f.mediaType());
            assertTrue(f.isRdf() != f.network().isPresent(), f + " has exactly one writer");
            assertTrue(f.fileName().matches("vdkg[.-][a-z]*\\.?" + f.extension()), f.fileName());
            assertEquals(f.whole() || !f.isRdf(), f.fileName().equals("vdkg." + f.extension()), f + ": only a view names what it holds");
            assertEquals(f, ExportFormat.parse(f.key().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
        }
        assertTrue(ExportFormat.parse("csv").isEmpty());
        assertTrue(ExportFormat.DEFAULT.isRdf());
    }

    @Test
    void theHelpAndTheUsageErrorsNameEveryFormat(@TempDir Path dir) {
        String help = Cli.run("export", "--help").out();
        for (ExportFormat f : ExportFormat.values()) {
            assertTrue(help.contains(f.key()), f.key() + " in: " + help);
        }
        Cli.Run bad = Cli.run("export", "--root", dir.toString(), "--format", "xml");
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains(ExportFormat.keys(List.of(ExportFormat.values()), ", ") + ", not 'xml'"), bad.err());
        Cli.Run rdfWithQuery = Cli.run("export", "--root", dir.toString(), "--format", "nq", "--query", "x");
        assertEquals(2, rdfWithQuery.exit(), rdfWithQuery.err());
        assertTrue(rdfWithQuery.err().contains("(" + ExportFormat.keys(ExportFormat.networks(), "|") + ")"), rdfWithQuery.err());
        assertFalse(Files.exists(dir.resolve("run")), "nothing written");
    }

    @Test
    void theReadmeListsEveryFormatAndEveryDump() throws IOException {
        String readme = Files.readString(TestProject.REPO.resolve("README.md"));
        assertTrue(readme.contains("### `export [--format " + ExportFormat.keys(List.of(ExportFormat.values()), "|") + "]"),
            "README's export synopsis lists the registry, in its order");
        for (ExportFormat f : ExportFormat.rdf()) {
            assertTrue(readme.contains("`/dumps/" + f.fileName() + "`"), f.fileName() + " in README's endpoint table");
        }
    }
}
