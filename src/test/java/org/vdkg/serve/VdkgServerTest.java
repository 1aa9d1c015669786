package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/** The real server, started from the real fuseki-config/vdkg.ttl on a database built by the real build. */
class VdkgServerTest {

    private static Path dir;
    private static VdkgServer server;
    private static String base;
    private static long triples;

    @BeforeAll
    static void buildAndStart() throws Exception {
        dir = Files.createTempDirectory("vdkg-server-test");
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());
        triples = built.totalTriples();
        server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), built.database(), "127.0.0.1", 0, 30_000));
        base = server.url();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        TestProject.deleteTree(dir);
    }

    private static String sparql() {
        return base + "vdkg/sparql";
    }

    @Test
    void countAnswersGetWithJson() {
        assertEquals(sparql(), server.sparqlUrl(), "the banner's SPARQL URL");
        assertEquals(triples, Http.count(sparql()));
    }

    @Test
    void countAnswersPostWithJsonCsvAndXml() {
        HttpResponse<String> json = Http.postForm(sparql(), "query", Http.COUNT, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertEquals(triples, Http.jsonCount(json.body()));

        HttpResponse<String> csv = Http.postForm(sparql(), "query", Http.COUNT, "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals(List.of("n", Long.toString(triples)), csv.body().lines().map(String::trim).toList());

        HttpResponse<String> xml = Http.get(sparql() + "?query=" + Http.encode(Http.COUNT), "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.body().contains(">" + triples + "</literal>"), xml.body());
    }

    @Test
    void queryAsSparqlQueryBodyIsAnswered() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(Http.COUNT)));
        assertEquals(200, r.statusCode());
    }

    @Test
    void updatesAreRejectedEverywhere() {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (String path : List.of("vdkg/sparql", "vdkg/update", "vdkg", "vdkg/data")) {
            HttpResponse<String> form = Http.postForm(base + path, "update", update, "*/*");
            assertClientError(form, "form update to " + path);
            HttpResponse<String> body = Http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
            assertClientError(body, "sparql-update to " + path);
        }
        assertEquals(triples, Http.count(sparql()));
    }

    @Test
    void graphStoreIsReadOnly() {
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        for (String target : List.of("?default", "?graph=" + Http.encode("urn:x:g"),
                "?graph=" + Http.encode(IriScheme.DEFAULT_BASE + "graph/ontology"))) {
            String url = base + "vdkg/data" + target;
            assertClientError(Http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle))), "PUT " + target);
            assertClientError(Http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString(turtle))), "POST " + target);
            assertClientError(Http.send(HttpRequest.newBuilder(URI.create(url)).DELETE()), "DELETE " + target);
        }
        assertEquals(triples, Http.count(sparql()));
    }

    @Test
    void graphStoreReadsANamedGraph() {
        HttpResponse<String> r = Http.get(base + "vdkg/data?graph=" + Http.encode(IriScheme.DEFAULT_BASE + "graph/ontology"),
                "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<https://w3id.org/vdkg/ontology>"), r.body());
    }

    @Test
    void corsAllowsOtherOriginsToReadWithoutCredentials() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql() + "?query=" + Http.encode("ASK {}")))
                .header("Origin", "https://example.org").GET());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
    }

    @Test
    void noAdminEndpoints() {
        for (String path : List.of("$/datasets", "$/datasets/vdkg", "$/backup/vdkg", "$/compact/vdkg", "$/tasks", "$/reload")) {
            HttpResponse<String> get = Http.get(base + path, "*/*");
            assertTrue(List.of(403, 404, 405).contains(get.statusCode()), "GET " + path + " -> " + get.statusCode());
            HttpResponse<String> post = Http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.ofString("dbName=x&dbType=mem")));
            assertTrue(List.of(403, 404, 405).contains(post.statusCode()), "POST " + path + " -> " + post.statusCode());
        }
        HttpResponse<String> delete = Http.send(HttpRequest.newBuilder(URI.create(base + "$/datasets/vdkg")).DELETE());
        assertTrue(List.of(403, 404, 405).contains(delete.statusCode()));
        assertEquals(triples, Http.count(sparql()));
    }

    @Test
    void uiAndWhatItNeedsAnswer() {
        HttpResponse<String> ui = Http.get(base + "query", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(ui.body().contains("id=\"app\""), ui.body());
        // The UI's script, and the status calls it makes on start.
        String script = ui.body().replaceAll("(?s).*src=\"/(static/index-[^\"]+\\.js)\".*", "$1");
        assertEquals(200, Http.get(base + script, "*/*").statusCode(), script);
        HttpResponse<String> status = Http.get(base + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/vdkg\""), status.body());
        assertEquals(200, Http.get(base + "$/ping", "*/*").statusCode());
        assertEquals(200, Http.get(base + "$/stats/vdkg", "application/json").statusCode());
    }

    @Test
    void aPortInUseIsTheUsersErrorAndReleasesTheDatabase() {
        ProjectLayout layout = new ProjectLayout(dir);
        Path other = dir.resolve("run/other-db");
        assertTrue(new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, other).built());
        org.vdkg.problem.UserException e = org.junit.jupiter.api.Assertions.assertThrows(org.vdkg.problem.UserException.class,
                () -> VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), other, "127.0.0.1", server.port(), 30_000)));
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port()), e.getMessage());
        assertTrue(Files.notExists(other.resolve("tdb.lock")), "the database was closed");
        assertEquals(triples, Http.count(sparql()), "the running server is not disturbed");
    }

    private static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " -> " + r.statusCode() + " " + r.body());
    }
}
