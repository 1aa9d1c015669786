package org.vdkg.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/**
 * Hostile and clumsy sheets ({@code fixtures/invalid/bad-csv/}): each is refused with exit 1, its problem at
 * {@code FILE.csv:row:column} with a rule id and a fix, and the claims file left as it was.
 */
class SheetImportTest {

    static final Path SHEETS = Path.of("src/test/resources/fixtures/invalid/bad-csv");
    static final String SOURCE = "army-foreign-affairs";

    @TempDir
    static Path tmp;
    static ProjectLayout layout;

    @BeforeAll
    static void copy() {
        layout = TestProject.copyInto(tmp.resolve("project"));
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ragged-row.csv             | VDKG-E050 | :2:6:   | one cell per column
        unclosed-quote.csv         | VDKG-E050 | :2:     | close every quoted cell
        unknown-entity.csv         | VDKG-E004 | :2:4:   | reconcile the column
        paragraph-not-a-number.csv | VDKG-E020 | :2:2:   | whole number
        paragraph-out-of-range.csv | VDKG-E006 | :2:2:   | content paragraph
        paragraph-non-content.csv  | VDKG-E006 | :2:2:   | content paragraph
        unknown-column.csv         | VDKG-E002 | :1:4:   | did you mean 'trainer'?
        bad-concept.csv            | VDKG-E012 | :2:13:  | high
        duplicate-id.csv           | VDKG-E005 | :3:1:   | choose another id
        no-paragraph.csv           | VDKG-E003 | :2:2:   | number of the paragraph
        unknown-footnote.csv       | VDKG-E007 | :2:3:   | leave the cell empty
        bad-quantity.csv           | VDKG-E009 | :2:6:   | quantity_min
        bad-flow-value.csv         | VDKG-E001 | :2:6:   | bracket
        empty.csv                  | VDKG-E050 | :1:     | export-csv
        """)
    void aBadSheetIsRefusedAtItsCellAndWritesNothing(String sheet, String rule, String at, String fix) throws Exception {
        Path claims = layout.claimsDir().resolve(SOURCE + ".yaml");
        byte[] before = Files.readAllBytes(claims);
        String file = SHEETS.resolve(sheet).toAbsolutePath().toString();
        Cli.Run r = Cli.run("import-csv", "training", file, "--source", SOURCE, "--root", layout.root().toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        String line = r.err().lines().filter(l -> l.contains(rule)).findFirst().orElse("");
        assertTrue(line.startsWith(file + at) && line.contains("error " + rule), "expected " + file + at + " " + rule + " in:\n" + r.err());
        assertTrue(line.contains("(fix: ") && line.contains(fix), line);
        assertTrue(r.err().contains("nothing written"), r.err());
        assertArrayEquals(before, Files.readAllBytes(claims));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path sheet = tmp.resolve("latin1.csv");
        Files.write(sheet, new byte[] {'i', 'd', ',', 'p', 'a', 'r', 'a', 'g', 'r', 'a', 'p', 'h', '\n', ',', '3', ',', (byte) 0xE9, '\n'});
        Cli.Run r = Cli.run("import-csv", "training", sheet.toString(), "--source", SOURCE, "--root", layout.root().toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("VDKG-E050") && r.err().contains("UTF-8"), r.err());
    }

    @Test
    void anUnknownKindOrSourceIsAClearError() {
        String file = SHEETS.resolve("unknown-entity.csv").toString();
        Cli.Run kind = Cli.run("import-csv", "trainng", file, "--source", SOURCE, "--root", layout.root().toString());
        assertEquals(1, kind.exit());
        assertTrue(kind.err().contains("unknown claim kind 'trainng' (did you mean 'training'?)"), kind.err());
        Cli.Run source = Cli.run("import-csv", "training", file, "--source", "no-such-source", "--root", layout.root().toString());
        assertEquals(1, source.exit());
        assertTrue(source.err().contains("no source 'no-such-source'"), source.err());
        Cli.Run missing = Cli.run("import-csv", "training", file, "--root", layout.root().toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing --source"), missing.err());
        Cli.Run export = Cli.run("export-csv", "nonsense", "--root", layout.root().toString());
        assertEquals(1, export.exit());
        assertTrue(export.err().contains("unknown claim kind 'nonsense'"), export.err());
    }
}
