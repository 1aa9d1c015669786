package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/** {@code vdkg export} writes the same named graphs as TriG, N-Quads and JSON-LD, and their union as Turtle. */
class ExportFormatsTest {

    @Test
    void everyFormatParsesBackToTheSameDataset(@TempDir Path dir) {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());
        Dataset trig = export(dir, root, "trig");
        assertTrue(trig.listModelNames().hasNext(), "named graphs");
        for (String f : new String[] {"nq", "jsonld"}) {
            Dataset other = export(dir, root, f);
            // Graph by graph: Jena's model isomorphism is fast, whole-dataset isomorphism is not.
            trig.listModelNames().forEachRemaining(g -> assertTrue(
                    trig.getNamedModel(g).isIsomorphicWith(other.getNamedModel(g)), f + " " + g));
            assertEquals(trig.asDatasetGraph().stream().count(), other.asDatasetGraph().stream().count(), f);
        }
        Dataset ttl = export(dir, root, "ttl");
        assertTrue(ttl.getDefaultModel().isIsomorphicWith(trig.getUnionModel()), "Turtle is the union");

        Cli.Run bad = Cli.run("export", "--root", root, "--format", "csv");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("trig, nq, jsonld, ttl, reifiers, nanopub, graphml"), bad.err());
    }

    private static Dataset export(Path dir, String root, String format) {
        Path out = dir.resolve("dump." + format);
        Cli.Run run = Cli.run("export", "--root", root, "--format", format, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString());
        return ds;
    }
}
