package org.vdkg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;
import org.vdkg.vocab.IriScheme;

/**
 * Per-claim history (issue 21): in a git checkout every claim records the commit that last changed its lines as
 * {@code prov:wasGeneratedBy}; a claim with uncommitted lines, and a project outside git, record none.
 */
class ClaimHistoryTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/invalid/unlinked-contradiction");

    private static String git(Path dir, String... args) {
        String[] cmd = new String[args.length + 7];
        cmd[0] = Tools.require("git", "git");
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        cmd[3] = "-c";
        cmd[4] = "user.name=vdkg test";
        cmd[5] = "-c";
        cmd[6] = "user.email=test@example.org";
        System.arraycopy(args, 0, cmd, 7, args.length);
        Tools.Run r = Tools.run(60, cmd);
        assertEquals(0, r.exit(), r.out());
        return r.out().trim();
    }

    /** Claim key ({@code source/claim}) to the commit id a build records for it (a validation reads no history). */
    private static Map<String, String> recorded(Path root) {
        // As a build runs the pipeline: every graph handed to a sink, here a dataset of its own.
        org.apache.jena.query.Dataset built = org.apache.jena.query.DatasetFactory.create();
        CurationResult r = CurationPipeline.run(new ProjectLayout(root), IriScheme.DEFAULT_BASE,
            (name, g) -> built.asDatasetGraph().addGraph(org.apache.jena.graph.NodeFactory.createURI(name), g));
        assertTrue(r.problems().stream().noneMatch(org.vdkg.problem.Problem::isError), r.problems().toString());
        assertEquals(Map.of(), validated(root), "validating reads no history");
        Map<String, String> out = new TreeMap<>();
        String q = """
                PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
                SELECT ?claim ?id WHERE { GRAPH ?g { ?claim prov:wasGeneratedBy ?c . ?c a vdkg:CurationCommit ;
                  vdkg:commitId ?id ; prov:endedAtTime ?t } }""";
        built.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q, built)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.put(IriScheme.claimId(s.getResource("claim").getURI()), s.getLiteral("id").getString());
                }
            }
        });
        return out;
    }

    /** What a plain run of the pipeline (as {@code vdkg validate}) records: nothing, with or without git. */
    private static Map<String, String> validated(Path root) {
        CurationResult r = CurationPipeline.run(new ProjectLayout(root), IriScheme.DEFAULT_BASE);
        Map<String, String> out = new TreeMap<>();
        r.dataset().listModelNames().forEachRemaining(n -> r.dataset().getNamedModel(n)
            .listSubjectsWithProperty(org.vdkg.vocab.PROV.wasGeneratedBy)
            .forEachRemaining(c -> out.put(c.getURI(), "")));
        return out;
    }

    @Test
    void eachClaimNamesTheCommitThatLastChangedIt(@TempDir Path dir) throws IOException {
        TestProject.copyTree(FIXTURE, dir);
        // The fixture's two truck counts contradict each other (for the validator's test); a build needs them to agree.
        Path demo2 = dir.resolve("data/claims/demo2.yaml");
        Files.writeString(demo2, Files.readString(demo2).replace("quantity: 300", "quantity: 100"));
        assertEquals(Map.of(), recorded(dir), "outside git there is no history");

        git(dir, "init", "-q");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "first");
        Map<String, String> all = recorded(dir);
        assertEquals(5, all.size(), all.toString());
        String first = all.get("demo/trucks");
        assertTrue(first.matches("[0-9a-f]{40}"), first);
        assertTrue(all.values().stream().allMatch(first::equals), "one commit made every claim: " + all);

        Files.writeString(demo2, Files.readString(demo2).replace("quantity: 100}", "quantity: 100}  # recounted"));
        Map<String, String> dirty = recorded(dir);
        assertEquals(4, dirty.size(), "the claim with an uncommitted line has no commit: " + dirty);
        assertTrue(!dirty.containsKey("demo2/trucks"), dirty.toString());

        // Commit times have a resolution of one second, and the last change is the latest commit time: let a second pass.
        sleepOneSecond();
        git(dir, "commit", "-q", "-a", "-m", "second");
        Map<String, String> after = recorded(dir);
        assertTrue(after.get("demo2/trucks").matches("[0-9a-f]{40}") && !after.get("demo2/trucks").equals(first),
            "the changed claim names the second commit: " + after);
        assertEquals(first, after.get("demo2/school-founded"), "the next claim in the file kept its commit");
        assertEquals(first, after.get("demo/trucks"), after.toString());
    }

    private static void sleepOneSecond() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
