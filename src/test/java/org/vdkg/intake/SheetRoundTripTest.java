package org.vdkg.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimKinds;
import org.vdkg.yaml.YMap;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.read.CurationReader;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/** export-csv then import-csv of the unchanged sheet gives the same claims, for every kind of both articles. */
class SheetRoundTripTest {

    static final ProjectLayout REPO = new ProjectLayout(TestProject.REPO);

    @Test
    void everyClaimOfEveryKindReadsBackAsItWasWritten() throws Exception {
        Curation c = CurationReader.read(REPO.root(), new ArrayList<>());
        int compared = 0;
        for (ClaimsFile f : c.claimsFiles()) {
            String source = f.source().value();
            for (String kind : ClaimKinds.kinds()) {
                List<Object> original = f.claims().stream().filter(r -> kind.equals(r.kind()))
                    .map(r -> normal(ClaimSheet.plain(f.written(r)))).toList();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertEquals(original.size(), SheetExport.write(REPO, kind, Optional.of(source), out));
                List<Object> back = SheetImport.claims(REPO, kind, out.toString(StandardCharsets.UTF_8), source).stream()
                    .map(SheetRoundTripTest::normal).toList();
                assertEquals(original, back, source + " " + kind);
                compared += original.size();
            }
        }
        assertEquals(c.claimsFiles().stream().mapToInt(f -> f.claims().size()).sum(), compared, "every claim compared");
    }

    @Test
    void theCliRoundTripIntoAnEmptyClaimsFileValidates(@TempDir Path tmp) throws Exception {
        ProjectLayout layout = TestProject.copyInto(tmp.resolve("project"));
        String root = layout.root().toString();
        String source = "public-security-diplomacy-1945-1975";
        Path claims = layout.claimsDir().resolve(source + ".yaml");
        List<Object> original = claimsOf(layout, source, "training");
        assertFalse(original.isEmpty());
        Path sheet = tmp.resolve("training.csv");
        Cli.Run exported = Cli.run("export-csv", "training", "--source", source, "--out", sheet.toString(), "--root", root);
        assertEquals(0, exported.exit(), exported.err());
        Files.writeString(claims, "source: " + source + "\ncurator: \"vdkg curators\"\nclaims: []\n");
        Cli.Run imported = Cli.run("import-csv", "training", sheet.toString(), "--source", source, "--root", root);
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(original, claimsOf(layout, source, "training"));
    }

    @Test
    void formulaCellsAreDefusedOnExportAndRestoredOnImport(@TempDir Path tmp) throws Exception {
        ProjectLayout layout = TestProject.copyInto(tmp.resolve("project"));
        String root = layout.root().toString();
        ClaimSheet sheet = new ClaimSheet(SheetExport.kind("training"));
        List<String> header = sheet.header();
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "");
        row[header.indexOf("paragraph")] = "13";
        row[header.indexOf("trainer")] = "soviet-union";
        row[header.indexOf("trainee")] = "ministry-of-public-security";
        row[header.indexOf("note")] = "'=cmd|' /C calc'!A0";
        row[header.indexOf("subject")] = "\"@SUM(1+1), with a comma\nand a line break\"";
        Path csv = tmp.resolve("formula.csv");
        Files.writeString(csv, "\uFEFF" + String.join(",", header) + "\r\n" + String.join(",", row) + "\r\n");
        Cli.Run imported = Cli.run("import-csv", "training", csv.toString(), "--source", "army-foreign-affairs", "--root", root);
        assertEquals(0, imported.exit(), imported.err());
        YMap added = CurationReader.read(layout.root(), new ArrayList<>()).claimsFiles().stream()
            .flatMap(f -> f.claims().stream().filter(r -> r.id().equals("training-soviet-union-ministry-of-public-security-p13"))
                .map(f::written)).findFirst().orElseThrow();
        assertEquals("=cmd|' /C calc'!A0", added.text("note").orElseThrow(), "the apostrophe is taken off");
        assertEquals("@SUM(1+1), with a comma\nand a line break", added.text("subject").orElseThrow());
        Cli.Run exported = Cli.run("export-csv", "training", "--source", "army-foreign-affairs", "--root", root);
        assertTrue(exported.out().contains(",'=cmd|' /C calc'!A0,"), exported.out());
        assertTrue(exported.out().contains("\"'@SUM(1+1), with a comma\nand a line break\""), exported.out());
        for (String line : exported.out().split("\r\n")) {
            for (String cell : line.split(",")) {
                assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("\"=") || cell.startsWith("\"@"),
                    "a cell a spreadsheet would run: " + cell);
            }
        }
    }

    private static List<Object> claimsOf(ProjectLayout layout, String source, String kind) {
        return CurationReader.read(layout.root(), new ArrayList<>()).claimsFiles().stream()
            .filter(f -> f.source().value().equals(source)).flatMap(f -> f.claims().stream()
                .filter(r -> kind.equals(r.kind())).map(r -> normal(ClaimSheet.plain(f.written(r))))).toList();
    }

    /** A claim compared by meaning: keys in any order; one value and a list of one are the same (as the validator reads them). */
    static Object normal(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put((String) k, normal(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.size() == 1 ? normal(l.get(0)) : l.stream().map(SheetRoundTripTest::normal).toList();
        }
        return v;
    }
}
