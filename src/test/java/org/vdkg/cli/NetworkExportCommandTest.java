package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/** {@code vdkg export} with the network formats, as a user runs it: files, standard output, --query and mistakes. */
class NetworkExportCommandTest {

    @Test
    void exportsNetworkFormatsAndAQueryAndExplainsMistakes(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        String root = layout.root().toString();
        assertEquals(0, Cli.run("build", "--root", root).exit());

        Path graphml = dir.resolve("net.graphml");
        Cli.Run toFile = Cli.run("export", "--root", root, "--format", "graphml", "--out", graphml.toString());
        assertEquals(0, toFile.exit(), toFile.err());
        assertTrue(Files.readString(graphml).contains("<graphml"), "a GraphML file");
        assertTrue(toFile.err().matches("(?s)vdkg: wrote .*net\\.graphml \\(\\d+ nodes, \\d+ edges\\).*"), toFile.err());

        Cli.Run dot = Cli.run("export", "--root", root, "--format", "DOT");
        assertEquals(0, dot.exit(), dot.err());
        assertTrue(dot.out().startsWith("digraph vdkg {"), dot.out());

        Path rq = Path.of(getClass().getResource("/org/vdkg/network/aid-network.rq").toURI());
        Cli.Run query = Cli.run("export", "--root", root, "--format", "cyjs", "--query", rq.toString());
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().contains("\"relation\" : \"aid\"") && !query.out().contains("\"relation\" : \"training\""),
                "only the query's aid edges");

        Cli.Run geo = Cli.run("export", "--root", root, "--format", "geojson");
        assertEquals(0, geo.exit(), geo.err());
        assertTrue(geo.out().contains("FeatureCollection"), geo.out());
        assertTrue(geo.out().contains("\"geonamesId\" : \"1804651\""), "Kunming with its GeoNames id: " + geo.out());
        assertFalse(geo.err().contains("no place"), geo.err());

        Cli.Run select = Cli.run("export", "--root", root, "--format", "gexf", "--sparql-free", "x");
        assertEquals(2, select.exit(), "an unknown option is a usage error");
        Cli.Run saved = Cli.run("export", "--root", root, "--format", "cyjs", "--query", "aid-network");
        assertEquals(0, saved.exit(), saved.err());
        assertEquals(query.out(), saved.out(), "the saved aid-network query gives the same network as the file");
        Path selectRq = dir.resolve("select.rq");
        Files.writeString(selectRq, "PREFIX vdkg: <https://w3id.org/vdkg/ontology#>\n"
                + "SELECT ?donor ?recipient WHERE { ?donor vdkg:providedAidTo ?recipient }");
        Cli.Run select2 = Cli.run("export", "--root", root, "--format", "graphml", "--query", selectRq.toString(),
                "--out", dir.resolve("select.graphml").toString());
        assertEquals(0, select2.exit(), select2.err());
        assertTrue(select2.err().matches("(?s).*\\(\\d+ nodes, [1-9]\\d* edges\\).*"), select2.err());
        // A saved SELECT whose first columns are slugs, not IRIs: exported empty, with a note saying why.
        Cli.Run slugs = Cli.run("export", "--root", root, "--format", "dot", "--query", "visits-with-dates");
        assertEquals(0, slugs.exit(), slugs.err());
        assertTrue(slugs.err().contains("are not both IRIs") && slugs.err().contains("links no two IRIs"), slugs.err());
        for (String[] bad : new String[][] {{"ASK { ?s ?p ?o }", "SELECT whose first two columns"},
                {"SELECT ?s WHERE { ?s ?p ?o }", "at least two columns"},
                {"SELECT ?s ?o WHERE { ?s ?p ?o", "not valid SPARQL"}}) {
            Files.writeString(selectRq, bad[0]);
            Cli.Run r = Cli.run("export", "--root", root, "--format", "gexf", "--query", selectRq.toString());
            assertEquals(1, r.exit(), bad[0]);
            assertTrue(r.err().contains(bad[1]), bad[0] + ": " + r.err());
        }
        Cli.Run missing = Cli.run("export", "--root", root, "--format", "gexf", "--query", "no-such-query");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no saved query or query file 'no-such-query'"), missing.err());
        Cli.Run rdfWithQuery = Cli.run("export", "--root", root, "--format", "trig", "--query", "x");
        assertEquals(2, rdfWithQuery.exit());
        Cli.Run unknown = Cli.run("export", "--root", root, "--format", "pajek");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("graphml, gexf, cyjs, dot, geojson"), unknown.err());
    }
}
