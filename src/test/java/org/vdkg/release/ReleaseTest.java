package org.vdkg.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.publish.SourceParagraphs;
import org.vdkg.serve.VdkgServer;
import org.vdkg.serve.guard.GuardSettings;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;

/**
 * {@code vdkg release} end to end on a copy of the project: release 1, a changed claim, rebuild, release 2; the RDF
 * Patch applied by jena-rdfpatch to release 1's N-Quads gives release 2's dataset; the changelog names the claim; the
 * server lists and serves both; hostile versions, an existing version and a missing database are refused.
 */
class ReleaseTest {

    private static final String CHANGED = "army-foreign-affairs/captured-weapons-to-pla";

    @Test
    void twoReleasesAPatchBetweenThemAChangelogAndTheServer(@TempDir Path dir) throws Exception {
        ProjectLayout layout = TestProject.copyInto(dir);
        build(layout);
        Cli.Run first = Cli.run("release", "--root", dir.toString(), "--version", "1.0.0");
        assertEquals(0, first.exit(), first.err());
        assertEquals("1.0.0", first.out().strip());
        Path r1 = layout.releasesDir().resolve("1.0.0");
        assertFalse(Files.exists(r1.resolve(Release.PATCH)), "the first release has no patch");
        assertTrue(Files.readString(r1.resolve(Release.CHANGELOG)).contains("The first release"));

        // A synthetic edit of the test copy: one claim's confidence lowered, nothing else.
        Path claims = layout.claimsDir().resolve("army-foreign-affairs.yaml");
        String yaml = Files.readString(claims);
        String before = "    time: {edtf: \"1949/..\", text: \"after the 1949 campaign\"}\n    confidence: medium";
        assertEquals(1, yaml.split(java.util.regex.Pattern.quote(before), -1).length - 1, "the fixture claim moved");
        Files.writeString(claims, yaml.replace(before, before.replace("medium", "low")));
        build(layout);

        Cli.Run second = Cli.run("release", "--root", dir.toString());
        assertEquals(0, second.exit(), second.err());
        String v2 = second.out().strip();
        assertTrue(v2.matches("\\d{4}-\\d{2}-\\d{2}\\.1"), "default version: " + v2);
        Path r2 = layout.releasesDir().resolve(v2);

        // The patch, applied by jena-rdfpatch to release 1's N-Quads, gives release 2's quads.
        DatasetGraph patched = ReleaseWriter.read(r1.resolve("vdkg.nq.gz"));
        try (InputStream in = Files.newInputStream(r2.resolve(Release.PATCH))) {
            RDFPatchOps.applyChange(patched, in);
        }
        DatasetGraph expected = ReleaseWriter.read(r2.resolve("vdkg.nq.gz"));
        assertIsomorphic(expected, patched);
        String patch = Files.readString(r2.resolve(Release.PATCH));
        assertTrue(patch.contains("D <https://w3id.org/vdkg/id/claim/" + CHANGED + "> <https://w3id.org/vdkg/ontology#confidence> "
                + "<https://w3id.org/vdkg/id/concept/confidence/medium>"), patch);
        assertTrue(patch.lines().filter(l -> l.startsWith("A ") || l.startsWith("D ")).count() < 20,
                "the patch holds the change, not the whole dataset:\n" + patch);

        String changelog = Files.readString(r2.resolve(Release.CHANGELOG));
        assertTrue(changelog.lines().anyMatch(l -> l.startsWith("- changed: ") && l.contains(CHANGED)), changelog);
        assertFalse(changelog.contains("- added: "), changelog);

        Model void2 = RDFDataMgr.loadModel(r2.resolve(Release.DESCRIPTION).toString());
        Resource rel2 = void2.getResource(IriScheme.DEFAULT_BASE + "releases/" + v2);
        assertEquals(v2, rel2.getProperty(OWL.versionInfo).getString());
        assertTrue(rel2.hasProperty(DCTerms.issued));
        assertEquals(IriScheme.DEFAULT_BASE + "releases/1.0.0", rel2.getPropertyResourceValue(PROV.wasRevisionOf).getURI());

        // Hostile and clumsy input: nothing is written, the releases stay as they were.
        long before2 = Files.size(r2.resolve("vdkg.nq.gz"));
        Cli.Run again = Cli.run("release", "--root", dir.toString(), "--version", "1.0.0");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
        Cli.Run traversal = Cli.run("release", "--root", dir.toString(), "--version", "../x");
        assertEquals(1, traversal.exit());
        assertTrue(traversal.err().contains("not a release version"), traversal.err());
        assertFalse(Files.exists(layout.releasesDir().resolveSibling("x")));
        Cli.Run noDb = Cli.run("release", "--root", dir.toString(), "--db", dir.resolve("nowhere").toString());
        assertEquals(1, noDb.exit());
        assertTrue(noDb.err().contains("no database"), noDb.err());
        try (var s = Files.list(layout.releasesDir())) {
            assertEquals(Set.of("1.0.0", v2), new HashSet<>(s.map(p -> p.getFileName().toString()).toList()));
        }
        assertEquals(before2, Files.size(r2.resolve("vdkg.nq.gz")));

        served(layout, dir, v2, r2);
    }

    /** The server lists both releases at /releases/ and serves their files as written, with ETags. */
    private static void served(ProjectLayout layout, Path dir, String v2, Path r2) throws Exception {
        try (VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), dir.resolve("run/db"),
                "127.0.0.1", 0, 30_000, GuardSettings.defaults(), IriScheme.DEFAULT_BASE, null, layout.queriesDir(),
                SourceParagraphs.NONE, layout.releasesDir()))) {
            String root = server.url();
            HttpResponse<String> list = Http.get(root + "releases/", "application/json");
            assertEquals(200, list.statusCode());
            JsonArray releases = JSON.parse(list.body()).get("releases").getAsArray();
            assertEquals(2, releases.size());
            JsonObject newest = releases.get(0).getAsObject();
            assertEquals(v2, newest.getString("version"));
            assertEquals("1.0.0", newest.getString("previous"));
            assertEquals("1.0.0", releases.get(1).getAsObject().getString("version"));
            HttpResponse<String> page = Http.get(root + "releases/", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("/releases/" + v2 + "/patch.rdfp") && page.body().contains("/releases/1.0.0/vdkg.nq.gz"));

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(root + "releases/" + v2 + "/vdkg.nq.gz")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            assertArrayEquals(Files.readAllBytes(r2.resolve("vdkg.nq.gz")), file.body());
            String etag = file.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> cached = client.send(HttpRequest.newBuilder(URI.create(root + "releases/" + v2 + "/vdkg.nq.gz"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, cached.statusCode());

            Model description = RDFParser.source(root + ".well-known/void").lang(Lang.TURTLE).toModel();
            Resource dataset = description.getResource(IriScheme.DEFAULT_BASE);
            assertEquals(2, dataset.listProperties(ReleaseDescription.HAS_VERSION).toList().size());
            assertTrue(description.contains(null, org.apache.jena.vocabulary.DCAT.downloadURL,
                    description.getResource(root + "releases/" + v2 + "/patch.rdfp")));

            for (String bad : new String[] {"releases/nope/vdkg.nq.gz", "releases/1.0.0/release.properties",
                    "releases/1.0.0/", "releases/1.0.0/x/y", "releases/%2e%2e/etc",
                    "releases/..%2f..%2frun%2fdb%2fvdkg-build.properties", "releases/1.0.0%2f..%2f..%2fdb/nodes.dat"}) {
                int status = Http.get(root + bad, "*/*").statusCode();
                assertTrue(status == 404 || status == 400, bad + " -> " + status);
            }
            assertEquals(400, Http.get(root + "releases/?format=xml", "*/*").statusCode());
            assertEquals(405, Http.postForm(root + "releases/1.0.0/vdkg.nq.gz", "x", "y", "*/*").statusCode());
        }
    }

    private static void build(ProjectLayout layout) {
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, layout.defaultDb());
        assertTrue(built.built(), built.problems().toString());
    }

    /** The same graph names, and each graph isomorphic (blank nodes up to renaming). */
    private static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new HashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        Set<Node> actualNames = new HashSet<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertEquals(names, actualNames);
        for (Node g : names) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g + " differs after the patch");
        }
        assertEquals(expected.stream().count(), actual.stream().count());
    }

}
