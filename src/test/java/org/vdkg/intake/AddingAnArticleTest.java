package org.vdkg.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.query.QueryRunner;
import org.vdkg.store.Store;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/**
 * Issue 21, done-when: a synthetic third article ({@code fixtures/intake/harbour-exchange.txt}, fictional, marked as
 * such) goes through {@code new-source}, {@code suggest}, {@code import-csv}, {@code accept}, {@code validate} and
 * {@code build} on a copy of the project; the suggestions and the claims built are checked.
 */
class AddingAnArticleTest {

    static final Path ARTICLE = Path.of("src/test/resources/fixtures/intake/harbour-exchange.txt");
    static final String ID = "harbour-exchange";

    @Test
    void aNewArticleFromTextToBuiltClaims(@TempDir Path tmp) throws Exception {
        ProjectLayout layout = TestProject.copyInto(tmp.resolve("project"));
        String root = layout.root().toString();
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Path text = Files.copy(ARTICLE, texts.resolve(ID + ".txt"));
        assertTrue(Files.readString(text).startsWith("SYNTHETIC TEST FIXTURE"), "the fixture says at its top that it is synthetic");
        byte[] sourcesBefore = Files.readAllBytes(layout.sourcesFile());

        // 1. new-source: the record (unknown fields marked) and a claims file of paragraph headers.
        Cli.Run added = Cli.run("new-source", text.toString(), "--id", ID, "--texts", texts.toString(), "--root", root,
            "--title", "Harbour security exchanges with the Ruritanian Coast Guard");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains(ID + ": 5 paragraphs"), added.out());
        List<String> before = lines(sourcesBefore);
        List<String> after = Files.readAllLines(layout.sourcesFile());
        List<String> inserted = insertedRun(before, after);
        assertTrue(inserted.contains("  - id: " + ID), inserted.toString());
        for (String unknown : List.of("author", "publisher", "published")) {
            assertTrue(inserted.contains("    " + unknown + ": unknown"), unknown + " marked unknown in " + inserted);
        }
        assertTrue(inserted.stream().anyMatch(l -> l.startsWith("    language: en")), "language read from the text: " + inserted);
        assertTrue(inserted.stream().anyMatch(l -> l.startsWith("    paragraphs: 5")), inserted.toString());
        int works = after.indexOf("works:");
        assertTrue(after.indexOf("  - id: " + ID) < works, "the record is in sources:, before works:");
        String claims = Files.readString(layout.claimsDir().resolve(ID + ".yaml"));
        for (int n = 1; n <= 5; n++) {
            assertTrue(claims.contains("# --- paragraph " + n + ": "), "header of paragraph " + n + ":\n" + claims);
        }
        assertTrue(claims.contains("# --- paragraph 3: In 1962 the USSR sent 140 …"), claims);
        assertFalse(claims.contains("to train its harbour police"), "a header shows the first words, never the paragraph");

        // The same id again, or a bad one: refused, nothing written.
        byte[] sourcesAfterAdd = Files.readAllBytes(layout.sourcesFile());
        Cli.Run again = Cli.run("new-source", text.toString(), "--id", ID, "--texts", texts.toString(), "--root", root);
        assertEquals(1, again.exit(), again.err());
        assertTrue(again.err().contains("already"), again.err());
        Cli.Run bad = Cli.run("new-source", text.toString(), "--id", "Harbour Exchange!", "--root", root);
        assertEquals(1, bad.exit(), bad.err());
        assertTrue(bad.err().contains("bad source id") && bad.err().contains("harbour-exchange"), bad.err());
        assertArrayEquals(sourcesAfterAdd, Files.readAllBytes(layout.sourcesFile()));
        assertFalse(Files.exists(layout.claimsDir().resolve("harbour-exchange-.yaml")));

        // 2. suggest: known entities with the form that matched, new names, numbers; proposals written aside.
        Cli.Run suggested = Cli.run("suggest", ID, "--json", "--proposals", "--texts", texts.toString(), "--root", root);
        assertEquals(0, suggested.exit(), suggested.err());
        JsonObject json = JSON.parse(suggested.out());
        Map<Integer, JsonObject> byParagraph = new TreeMap<>();
        json.get("items").getAsArray().forEach(i -> byParagraph.put(i.getAsObject().get("paragraph").getAsNumber().value().intValue(),
            i.getAsObject()));
        assertEquals(Map.of("soviet-union", "USSR", "ministry-of-public-security", "Ministry of Public Security"),
            known(byParagraph.get(3)));
        assertEquals("Uncle Ho", known(byParagraph.get(4)).get("ho-chi-minh"));
        assertEquals("Committee for State Security", known(byParagraph.get(5)).get("kgb"));
        assertEquals("Laos", known(byParagraph.get(5)).get("laos"));
        assertTrue(newNames(byParagraph.get(4)).contains("Ruritanian Coast Guard"), byParagraph.get(4).toString());
        assertTrue(newNames(byParagraph.get(5)).contains("Zenda Maritime Academy"), byParagraph.get(5).toString());
        assertFalse(newNames(byParagraph.get(3)).contains("USSR"), "a known name is not new");
        assertEquals(Set.of("1962", "140"), strings(byParagraph.get(3).get("numbers")));
        assertTrue(strings(byParagraph.get(4).get("numbers")).containsAll(Set.of("March 4, 1963", "12")), byParagraph.get(4).toString());
        Cli.Run textList = Cli.run("suggest", ID, "--texts", texts.toString(), "--root", root);
        assertTrue(textList.out().contains("known: soviet-union (\"USSR\"), ministry-of-public-security"), textList.out());
        assertTrue(textList.out().contains("new name: \"Zenda Maritime Academy\""), textList.out());
        Path proposals = layout.dataDir().resolve("proposals").resolve(ID + ".yaml");
        assertTrue(Files.readString(proposals).contains("status: proposed"));

        // 3. import-csv: the export template filled with two rows, entities as IRIs and reconciliation ids.
        Cli.Run template = Cli.run("export-csv", "training", "--root", root);
        assertEquals(0, template.exit(), template.err());
        List<String> header = List.of(template.out().strip().split(","));
        Path sheet = tmp.resolve("training.csv");
        Files.writeString(sheet, String.join(",", header) + "\r\n"
            + row(header, Map.of("paragraph", "3", "trainer", "https://w3id.org/vdkg/id/org/soviet-union",
                "trainee", "org/ministry-of-public-security", "trainee_count", "140", "time", "1962", "confidence", "high"))
            + row(header, Map.of("paragraph", "5", "trainer", "kgb", "trainee", "laos", "confidence", "low",
                "note", "\"Fictional, as the whole fixture: the observers' training is a reading.\"")));
        Cli.Run imported = Cli.run("import-csv", "training", sheet.toString(), "--source", ID, "--root", root,
            "--texts", texts.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("training-soviet-union-ministry-of-public-security-p3, training-kgb-laos-p5"),
            imported.out());
        String claimsNow = Files.readString(layout.claimsDir().resolve(ID + ".yaml"));
        assertTrue(claimsNow.indexOf("id: training-soviet-union-ministry-of-public-security-p3")
            > claimsNow.indexOf("# --- paragraph 3"), "under its paragraph's header");
        assertTrue(claimsNow.indexOf("id: training-soviet-union-ministry-of-public-security-p3")
            < claimsNow.indexOf("# --- paragraph 4"), "before the next paragraph's header");

        // accept: a proposal's claim is refused until complete, then moved into the claims file.
        String proposalsText = Files.readString(proposals);
        Cli.Run incomplete = Cli.run("accept", ID, "p4", "--root", root);
        assertEquals(1, incomplete.exit(), incomplete.err());
        assertTrue(incomplete.err().contains("data/proposals/" + ID + ".yaml:"), incomplete.err());
        assertEquals(proposalsText, Files.readString(proposals), "a refused accept writes nothing");
        int p4 = proposalsText.indexOf("- id: p4");
        int summaryAt = proposalsText.indexOf("# summary:", p4);
        Files.writeString(proposals, proposalsText.substring(0, summaryAt)
            + "summary: \"A delegation of the fictional coast guard was received.\"" 
            + proposalsText.substring(proposalsText.indexOf('\n', summaryAt)));
        Cli.Run accepted = Cli.run("accept", ID, "p4", "--root", root);
        assertEquals(0, accepted.exit(), accepted.err());
        assertTrue(Files.readString(proposals).contains("status: accepted"));
        assertTrue(Files.readString(layout.claimsDir().resolve(ID + ".yaml")).contains("id: statement-ho-chi-minh-p4"));
        String reviewed = Files.readString(proposals);
        Cli.Run overwrite = Cli.run("suggest", ID, "--proposals", "--texts", texts.toString(), "--root", root);
        assertEquals(1, overwrite.exit(), "reviewed proposals are never replaced");
        assertEquals(reviewed, Files.readString(proposals));

        // coverage finds the text with --texts, and says when it is not at hand.
        Cli.Run covered = Cli.run("coverage", "--source", ID, "--texts", texts.toString(), "--root", root);
        assertEquals(0, covered.exit(), covered.err());
        assertTrue(covered.out().contains(ID + ": 3 of 5 content paragraphs cited"), covered.out());
        assertFalse(covered.out().contains("not at hand") || covered.out().contains("warning"), "text found and counted alike: "
            + covered.out());
        Cli.Run blind = Cli.run("coverage", "--source", ID, "--root", root);
        assertTrue(blind.out().contains("source text not at hand"), blind.out());

        // 4. validate, 5. build: the claims are in the store with source and paragraph; proposals are not loaded.
        Cli.Run valid = Cli.run("validate", "--root", root);
        assertEquals(0, valid.exit(), valid.err());
        Path db = tmp.resolve("db");
        Cli.Run built = Cli.run("build", "--root", root, "--db", db.toString());
        assertEquals(0, built.exit(), built.err());
        Map<String, String> evidence = new TreeMap<>();
        try (Store store = Store.open(db)) {
            var answer = QueryRunner.run(store, QueryRunner.parse("""
                PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?claim ?paragraph WHERE {
                  ?claim vdkg:inSource <https://w3id.org/vdkg/id/source/harbour-exchange> ;
                         prov:wasDerivedFrom ?c .
                  ?c vdkg:source <https://w3id.org/vdkg/id/source/harbour-exchange> ; vdkg:paragraph ?paragraph .
                }"""), 30_000);
            answer.rows().forEachRemaining((QuerySolution s) -> evidence.put(s.getResource("claim").getURI()
                .replaceAll("^.*/", ""), s.getLiteral("paragraph").getLexicalForm()));
            var trainer = QueryRunner.run(store, QueryRunner.parse("""
                PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
                ASK { <https://w3id.org/vdkg/id/claim/harbour-exchange/training-soviet-union-ministry-of-public-security-p3>
                        vdkg:trainer <https://w3id.org/vdkg/id/org/soviet-union> ;
                        vdkg:trainee <https://w3id.org/vdkg/id/org/ministry-of-public-security> }"""), 30_000);
            assertTrue(trainer.ask(), "the IRI and the reconciliation id became the entities");
        }
        assertEquals(Map.of("training-soviet-union-ministry-of-public-security-p3", "3", "training-kgb-laos-p5", "5",
            "statement-ho-chi-minh-p4", "4"), evidence, "only the imported and accepted claims, each with its paragraph");
    }

    /** The run of lines inserted into {@code before} to make {@code after}; fails if anything else changed. */
    static List<String> insertedRun(List<String> before, List<String> after) {
        int i = 0;
        while (i < before.size() && before.get(i).equals(after.get(i))) {
            i++;
        }
        int k = after.size() - before.size();
        assertTrue(k > 0, "lines were added");
        List<String> rest = new ArrayList<>(after.subList(0, i));
        rest.addAll(after.subList(i + k, after.size()));
        assertEquals(before, rest, "every existing line kept, in order");
        return after.subList(i, i + k);
    }

    private static List<String> lines(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).lines().toList();
    }

    private static String row(List<String> header, Map<String, String> cells) {
        return header.stream().map(h -> cells.getOrDefault(h, "")).collect(Collectors.joining(",")) + "\r\n";
    }

    private static Map<String, String> known(JsonObject paragraph) {
        Map<String, String> out = new TreeMap<>();
        paragraph.get("known").getAsArray().forEach(k -> out.put(k.getAsObject().get("entity").getAsString().value(),
            k.getAsObject().get("form").getAsString().value()));
        return out;
    }

    private static Set<String> newNames(JsonObject paragraph) {
        Set<String> out = new TreeSet<>();
        paragraph.get("newNames").getAsArray().forEach(n -> out.add(n.getAsObject().get("name").getAsString().value()));
        return out;
    }

    private static Set<String> strings(JsonValue array) {
        Set<String> out = new TreeSet<>();
        array.getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }
}
