package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.store.Store;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/**
 * Disagreement between sources (issue 21): a fixture pair of claims of two sources that give the same aid with
 * quantities that exclude each other fails validation until the claims are linked; ranks and links are checked; and
 * the shortcut relations of the built database are drawn only from claims that are not deprecated.
 */
class DisagreementTest {

    private static final Path PAIR = Path.of("src/test/resources/fixtures/invalid/unlinked-contradiction");
    private static final String BASE = IriScheme.DEFAULT_BASE;

    /** A copy of the fixture pair with the real ontology (rules and shapes), and {@code edit} applied to demo2.yaml. */
    private static ProjectLayout pair(Path dir, String demo2Keys, String demoKeys) throws IOException {
        TestProject.copyTree(PAIR, dir);
        TestProject.copyTree(TestProject.REPO.resolve("ontology"), dir.resolve("ontology"));
        addKeys(dir.resolve("data/claims/demo2.yaml"), demo2Keys);
        addKeys(dir.resolve("data/claims/demo.yaml"), demoKeys);
        return new ProjectLayout(dir);
    }

    /** Adds {@code keys} (YAML lines at claim indentation) to the claim {@code trucks} of a claims file. */
    private static void addKeys(Path file, String keys) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        String yaml = Files.readString(file);
        String block = keys.lines().map(l -> "    " + l + "\n").collect(Collectors.joining());
        String marker = "  - id: trucks\n";
        Files.writeString(file, yaml.replace(marker, marker + block));
    }

    private static List<Problem> errors(ProjectLayout layout) {
        return CurationPipeline.run(layout, BASE).problems().stream().filter(Problem::isError).toList();
    }

    private static String format(List<Problem> ps) {
        return ps.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Test
    void theUnlinkedPairFailsAndPassesOnceLinkedEitherWay(@TempDir Path dir) throws IOException {
        List<Problem> unlinked = errors(pair(dir.resolve("a"), "", ""));
        assertEquals(List.of("VDKG-E024"), unlinked.stream().map(Problem::id).toList(), format(unlinked));
        assertTrue(unlinked.get(0).message().contains("100 and 300"), unlinked.get(0).message());

        List<Problem> contradicted = errors(pair(dir.resolve("b"),
            "contradicts: [demo/trucks]\nclaim_rank: deprecated\nrank_reason: \"the other source counts the trucks\"", ""));
        assertEquals(List.of(), contradicted, format(contradicted));

        // The link may be written on either claim.
        List<Problem> fromTheOtherSide = errors(pair(dir.resolve("c"), "", "corroborates: [demo2/trucks]"));
        assertEquals(List.of(), fromTheOtherSide, format(fromTheOtherSide));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown claim            | contradicts: [demo/truks]                                | VDKG-E019 | did you mean 'demo/trucks'?
        own source               | contradicts: [demo2/school-founded]                      | VDKG-E019 | alternative_of: school-founded
        itself                   | corroborates: [demo2/trucks]                             | VDKG-E019 | another source
        both kinds of link       | 'contradicts: [demo/trucks]\ncorroborates: [demo/trucks]' | VDKG-E019 | keep one
        unknown rank             | 'contradicts: [demo/trucks]\nclaim_rank: deprecatd'       | VDKG-E012 | did you mean 'deprecated'?
        deprecated, no reason    | 'contradicts: [demo/trucks]\nclaim_rank: deprecated'      | VDKG-E003 | add rank_reason
        reason without a rank    | 'contradicts: [demo/trucks]\nrank_reason: \"a reason\"'   | VDKG-E003 | add claim_rank
        link not a claim id      | 'contradicts: {a: b}'                                     | VDKG-E020 |
        """)
    void badRanksAndLinksAreReportedWithAFix(String name, String keys, String rule, String hint, @TempDir Path dir)
            throws IOException {
        List<Problem> errors = errors(pair(dir, keys.replace("\\n", "\n").replace("\\\"", "\""), ""));
        List<Problem> hits = errors.stream().filter(p -> p.id().equals(rule)).toList();
        assertEquals(1, hits.size(), () -> "expected one " + rule + " in:\n" + format(errors));
        assertEquals("data/claims/demo2.yaml", hits.get(0).file());
        assertTrue(hits.get(0).hint().contains(hint == null ? "" : hint), hits.get(0)::format);
    }

    @Test
    void shortcutsSkipDeprecatedClaimsWhileTheClaimsStay(@TempDir Path dir) throws IOException {
        String reason = "claim_rank: deprecated\nrank_reason: \"refuted by a third source\"";
        // One of the two deprecated: the aid edge still rests on the other claim.
        assertEquals(List.of(1L, 2L, 2L), built(pair(dir.resolve("one"), "contradicts: [demo/trucks]\n" + reason, ""),
            dir.resolve("db1")));
        // Both deprecated: no claim supports the edge any more, yet both claims, their ranks and mentions remain.
        assertEquals(List.of(0L, 2L, 2L), built(pair(dir.resolve("both"), "contradicts: [demo/trucks]\n" + reason,
            reason), dir.resolve("db2")));
    }

    /** Soviet aid edges to the DRV, the claims about the trucks, and those claims that mention the trucks. */
    private static List<Long> built(ProjectLayout layout, Path db) {
        BuildResult r = new DatabaseBuilder("test").build(layout, BASE, db);
        assertTrue(r.built(), () -> format(r.problems()));
        try (Store store = Store.open(db)) {
            store.dataset().begin(ReadWrite.READ);
            try {
                return List.of(
                    count(store, "?s vdkg:providedAidTo ?o"),
                    count(store, "?s a vdkg:AidProvision"),
                    count(store, "?s vdkg:mentions ?e . FILTER(STRENDS(STR(?e), '/truck'))"));
            } finally {
                store.dataset().end();
            }
        }
    }

    private static long count(Store store, String pattern) {
        String q = "PREFIX vdkg: <https://w3id.org/vdkg/ontology#> PREFIX id: <" + BASE + "id/> "
            + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { " + pattern + " } }";
        try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
