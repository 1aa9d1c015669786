package org.vdkg.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/** Clumsy and hostile input to new-source, suggest and accept: a clear error, exit 1 (2 for usage), nothing written. */
class NewSourceTest {

    @TempDir
    static Path tmp;
    static ProjectLayout layout;
    static String root;

    @BeforeAll
    static void copy() {
        layout = TestProject.copyInto(tmp.resolve("project"));
        root = layout.root().toString();
    }

    private static void refused(int exit, String expected, String... args) throws Exception {
        byte[] sources = Files.readAllBytes(layout.sourcesFile());
        List<Path> claims;
        try (var s = Files.list(layout.claimsDir())) {
            claims = s.sorted().toList();
        }
        Cli.Run r = Cli.run(args);
        assertEquals(exit, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
        assertArrayEquals(sources, Files.readAllBytes(layout.sourcesFile()), "sources.yaml unchanged");
        try (var s = Files.list(layout.claimsDir())) {
            assertEquals(claims, s.sorted().toList(), "no claims file written");
        }
        assertFalse(Files.exists(layout.dataDir().resolve("proposals")), "no proposals written");
    }

    @Test
    void badInputIsRefusedWithNothingWritten() throws Exception {
        Path text = Files.copy(AddingAnArticleTest.ARTICLE, tmp.resolve("article.txt"));
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n\n\n");
        Path inside = Files.copy(text, layout.root().resolve("article.txt"));
        refused(1, "bad source id 'Bad_Id'", "new-source", text.toString(), "--id", "Bad_Id", "--root", root);
        refused(1, "already a source or work", "new-source", text.toString(), "--id", "army-foreign-affairs", "--root", root);
        refused(1, "already a source or work", "new-source", text.toString(), "--id", "psa-history-2006", "--root", root);
        refused(1, "no text file", "new-source", tmp.resolve("missing.txt").toString(), "--id", "fresh", "--root", root);
        refused(1, "not UTF-8", "new-source", latin1.toString(), "--id", "fresh", "--root", root);
        refused(1, "holds no paragraph", "new-source", blank.toString(), "--id", "fresh", "--root", root);
        refused(1, "inside the project", "new-source", inside.toString(), "--id", "fresh", "--root", root);
        refused(1, "published '2023-02-30'", "new-source", text.toString(), "--id", "fresh", "--published", "2023-02-30",
            "--root", root);
        refused(2, "missing --id", "new-source", text.toString(), "--root", root);
        refused(1, "is not a folder", "new-source", text.toString(), "--id", "fresh", "--texts", tmp.resolve("nowhere").toString(),
            "--root", root);
        refused(1, "no source 'no-such-source'", "suggest", "no-such-source", "--texts", tmp.toString(), "--root", root);
        refused(1, "is not at", "suggest", "army-foreign-affairs", "--texts", tmp.toString(), "--proposals", "--root", root);
        refused(1, "run 'vdkg suggest army-foreign-affairs --proposals' first", "accept", "army-foreign-affairs", "p3",
            "--root", root);
        Files.delete(inside);
    }

    @Test
    void theBlockGoesAtTheEndOfSourcesWhateverFollows() {
        String withWorks = "# head\nsources:\n  - id: a\n    file: a.txt\n\n# the works\nworks:\n  - id: w\n";
        assertEquals("# head\nsources:\n  - id: a\n    file: a.txt\n\n  - id: b\n\n# the works\nworks:\n  - id: w\n",
            SourcesFile.insertSource(withWorks, "  - id: b\n"));
        String alone = "sources:\n  - id: a  # last\n";
        assertEquals("sources:\n  - id: a  # last\n\n  - id: b\n", SourcesFile.insertSource(alone, "  - id: b\n"));
        String noNewline = "sources:\n  - id: a";
        assertEquals("sources:\n  - id: a\n\n  - id: b\n", SourcesFile.insertSource(noNewline, "  - id: b\n"));
    }
}
