package org.vdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/**
 * {@code vdkg bench} end to end at the smallest size: it runs, checks every answer against queries/expected/, and
 * writes well-formed files. It asserts no speed.
 */
class BenchSmokeTest {

    @Test
    void aTinyBenchWritesATableCsvAndJson(@TempDir Path dir) throws Exception {
        String stock = System.getProperty("vdkg.stockFusekiDir", "target/stock-fuseki") + "/jena-fuseki-server-5.6.0.jar";
        Path out = dir.resolve("bench");
        Cli.Run run = Cli.run("bench", "--root", TestProject.REPO.toString(), "--n", "1", "--seconds", "1", "--queries", "1",
                "--clients", "2", "--xmx", "384m", "--out", out.toString(), "--stock-jar", stock);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("queries/s (vs RDFS)"), run.out());
        assertTrue(run.out().contains("queries/s (no cache)"), run.out());

        List<String> csv = Files.readAllLines(out.resolve("bench.csv"));
        assertEquals("n,metric,unit,vdkg,reference,reference_is,ratio", csv.get(0));
        assertTrue(csv.size() > 10, csv.toString());
        // Records, not comma-split lines: a metric's name may hold a comma (quoted).
        try (org.apache.commons.csv.CSVParser records = org.apache.commons.csv.CSVParser.parse(String.join("\n", csv),
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (org.apache.commons.csv.CSVRecord r : records.getRecords().subList(1, csv.size())) {
                assertEquals(7, r.size(), r.toString());
                assertEquals("1", r.get(0), r.toString());
            }
        }

        JsonObject json = JSON.read(out.resolve("bench.json").toString());
        JsonArray rows = json.get("rows").getAsArray();
        assertEquals(csv.size() - 1, rows.size());
        JsonObject triples = rows.get(0).getAsObject();
        assertEquals("triples", triples.get("metric").getAsString().value());
        assertTrue(triples.get("vdkg").getAsNumber().value().longValue() > 1000);
        assertEquals(triples.get("vdkg").getAsNumber().value().longValue(), triples.get("reference").getAsNumber().value().longValue(),
                "the bulk loader loads the very quads vdkg built");
        boolean warmed = false;
        for (int i = 0; i < rows.size(); i++) {
            JsonObject r = rows.get(i).getAsObject();
            String metric = r.get("metric").getAsString().value();
            if (metric.startsWith("wrong answers") && !metric.endsWith("(vs RDFS)")) {
                // The first saved query has a hand-made expected answer that the built graph gives (SavedQueriesTest).
                assertEquals(0, r.get("vdkg").getAsNumber().value().intValue(), r.toString());
            }
            if (metric.startsWith("other errors")) {
                assertEquals(0, r.get("vdkg").getAsNumber().value().intValue(), r.toString());
                assertEquals(0, r.get("reference").getAsNumber().value().intValue(), r.toString());
            }
            if (metric.equals("warm-up after first answer")) {
                // The corpus carries the saved queries, and the server as served warms them before the cold pass.
                assertTrue(r.get("vdkg").isNumber() && r.get("vdkg").getAsNumber().value().doubleValue() >= 0, r.toString());
                warmed = true;
            }
            if (r.get("metric").getAsString().value().startsWith("/explore.json errors")) {
                assertEquals(0, r.get("vdkg").getAsNumber().value().intValue(), "every filter of the explorer mix is valid: " + r);
            }
        }
        assertTrue(warmed, "a row for the warm-up on start");
        assertTrue(Files.isRegularFile(out.resolve("bench.txt")));

        // One line per query and server, each answer checked: the first query, on vdkg (cache on and off) and stock.
        List<String> perQuery = Files.readAllLines(out.resolve("bench-queries.csv"));
        assertEquals("n,query,server,check,cold_ms,warm_median_ms,warm_p99_ms,answered", perQuery.get(0));
        assertEquals(5, perQuery.size(), perQuery.toString());
        for (String line : perQuery.subList(1, perQuery.size())) {
            if (!line.contains("RDFS")) {
                assertTrue(line.matches("1,[a-z0-9-]+,(\"[^\"]*\"|[^,]+),right,[0-9.]+,.*"), "a right answer, timed cold: " + line);
            }
        }
        assertFalse(Files.exists(out.resolve("work/n1")), "the work directory is removed without --keep");
    }
}
