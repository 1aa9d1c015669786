package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/**
 * A build re-maps only the sources whose inputs changed ({@code SourceKey}) and takes the others from the last build's
 * cache, and the database it makes is the one a build from scratch makes: after no change, after a change to one
 * claims file, with a damaged cache file, after a failed build, and after a change to the ontology (which every source
 * depends on).
 */
class IncrementalBuildTest {

    private static final String ARMY = "army-foreign-affairs";
    private static final String SECURITY = "public-security-diplomacy-1945-1975";

    @Test
    void onlyChangedSourcesAreMappedAgainAndTheResultIsAFullBuilds(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir.resolve("project"));
        Path db = dir.resolve("run/db");
        DatabaseBuilder builder = new DatabaseBuilder("test");

        BuildResult first = build(builder, layout, db);
        assertEquals(0, first.reusedSources(), "nothing to reuse at first");
        assertTrue(Files.isRegularFile(db.resolve("sources/" + ARMY + ".rt")));

        BuildResult again = build(builder, layout, db);
        assertEquals(2, again.reusedSources(), "no input changed: both sources reused");
        assertSameAsFullBuild(builder, layout, db, dir.resolve("full-1"));

        // One claim of one source changes: that source is mapped again, the other reused.
        Path army = layout.claimsDir().resolve(ARMY + ".yaml");
        String text = Files.readString(army);
        Files.writeString(army, text.replaceFirst("confidence: medium", "confidence: low"));
        BuildResult oneChanged = build(builder, layout, db);
        assertEquals(1, oneChanged.reusedSources());
        assertSameAsFullBuild(builder, layout, db, dir.resolve("full-2"));

        // A damaged cache file costs a mapping, not the build, and not the right answer.
        Files.writeString(db.resolve("sources/" + SECURITY + ".rt"), "not RDF Thrift");
        BuildResult damaged = build(builder, layout, db);
        assertEquals(1, damaged.reusedSources(), "the damaged one is mapped again");
        assertSameAsFullBuild(builder, layout, db, dir.resolve("full-3"));

        // A failed build leaves the database and its cache as they were.
        Files.writeString(army, Files.readString(army).replaceFirst("confidence: low", "confidence: lowish"));
        BuildResult failed = builder.build(layout, IriScheme.DEFAULT_BASE, db);
        assertFalse(failed.built());
        Files.writeString(army, Files.readString(army).replaceFirst("confidence: lowish", "confidence: low"));
        assertEquals(2, build(builder, layout, db).reusedSources(), "the cache survived the failed build");

        // Every source depends on the ontology (classes, rules, shapes): a change there maps them all.
        Path onto = Files.list(layout.ontologyDir()).filter(p -> p.toString().endsWith(".ttl")).sorted().findFirst().orElseThrow();
        Files.writeString(onto, Files.readString(onto) + "\n# touched\n");
        assertEquals(0, build(builder, layout, db).reusedSources());
        assertSameAsFullBuild(builder, layout, db, dir.resolve("full-4"));
    }

    private static BuildResult build(DatabaseBuilder builder, ProjectLayout layout, Path db) {
        BuildResult r = builder.build(layout, IriScheme.DEFAULT_BASE, db);
        assertTrue(r.built(), r.problems().toString());
        return r;
    }

    /** Every graph of {@code db} is isomorphic to the same graph of a build from scratch (graph/meta's time aside). */
    private static void assertSameAsFullBuild(DatabaseBuilder builder, ProjectLayout layout, Path db, Path fullDb) {
        BuildResult full = build(builder, layout, fullDb);
        assertEquals(0, full.reusedSources());
        Map<String, Graph> incremental = graphs(db);
        Map<String, Graph> scratch = graphs(fullDb);
        assertEquals(scratch.keySet(), incremental.keySet());
        for (String name : scratch.keySet()) {
            if (name.endsWith("graph/meta")) {
                assertEquals(scratch.get(name).size(), incremental.get(name).size(), name);
                continue;
            }
            assertTrue(scratch.get(name).isIsomorphicWith(incremental.get(name)), name + " differs from a full build's");
        }
    }

    private static Map<String, Graph> graphs(Path db) {
        Dataset ds = TDB2Factory.connectDataset(Location.create(db));
        try {
            return Txn.calculateRead(ds, () -> {
                Map<String, Graph> out = new TreeMap<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    ds.asDatasetGraph().getGraph(n).find().forEachRemaining(copy::add);
                    out.put(n.getURI(), copy);
                });
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
