package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vdkg.store.ServerAnnouncement;
import org.vdkg.support.ChildCli;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/**
 * {@code vdkg query} and {@code vdkg export} while {@code vdkg serve} holds the database: they find the server from
 * its announcement next to the database (or take {@code --endpoint}) and give, over HTTP, what they give from the
 * database itself. The server is the real command in a child JVM; the answers are compared with those read from the
 * database before it started.
 */
class BesideTheServerTest {

    private static final String TEXT_KGB = "PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT DISTINCT ?s WHERE { ?s text:query \"kgb\" } ORDER BY ?s";

    /** Queries and formats, each answered from the database before the server starts. */
    private static final List<String[]> QUERIES = List.of(
            new String[] {"SELECT ?s ?l WHERE { ?s a <https://w3id.org/vdkg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l", "table"},
            new String[] {"SELECT ?s ?l WHERE { ?s a <https://w3id.org/vdkg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l", "csv"},
            new String[] {"SELECT ?s ?l WHERE { ?s a <https://w3id.org/vdkg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l", "tsv"},
            new String[] {"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "table"},
            new String[] {"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "json"},
            new String[] {"ASK { ?s ?p ?o }", "table"},
            new String[] {"ASK { <urn:x:nothing> ?p ?o }", "csv"},
            new String[] {TEXT_KGB, "table"});

    private static Path dir;
    private static Path db;
    private static final Map<String, String> LOCAL = new LinkedHashMap<>();
    private static final Map<String, byte[]> LOCAL_EXPORTS = new LinkedHashMap<>();
    /** The states' names: a CONSTRUCT answer smaller than the server's row cap (--max-rows 500 below bounds it too). */
    private static final String STATE_NAMES = "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } WHERE { "
            + "?s a <https://w3id.org/vdkg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?o }";
    private static String constructLocal;
    private static Process server;
    private static String sparql;

    @BeforeAll
    static void buildAskAndServe() throws Exception {
        dir = Files.createTempDirectory("vdkg-beside-");
        TestProject.copyInto(dir);
        db = dir.resolve("run/db");
        assertEquals(0, Cli.run("-q", "build", "--root", dir.toString()).exit());
        for (String[] q : QUERIES) {
            Cli.Run r = Cli.run("-q", "query", "--root", dir.toString(), "--format", q[1], "--sparql", q[0]);
            assertEquals(0, r.exit(), r.err());
            LOCAL.put(q[1] + " " + q[0], r.out());
        }
        Cli.Run kgb = Cli.run("-q", "query", "--root", dir.toString(), "--sparql", TEXT_KGB);
        assertEquals(List.of("s", "--------------------------------", "https://w3id.org/vdkg/id/org/kgb"), kgb.out().lines().toList(),
                "the command line searches the text index as the server does");
        constructLocal = Cli.run("-q", "query", "--root", dir.toString(), "--sparql",
                STATE_NAMES).out();
        for (String f : new String[] {"trig", "nq", "ttl", "jsonld"}) {
            Path out = dir.resolve("local." + f);
            assertEquals(0, Cli.run("-q", "export", "--root", dir.toString(), "--format", f, "--out", out.toString()).exit());
            LOCAL_EXPORTS.put(f, Files.readAllBytes(out));
        }
        server = new ProcessBuilder(ChildCli.vdkg("serve", "--root", dir.toString(), "--port", "0", "--max-rows", "500"))
                .redirectError(dir.resolve("serve.err").toFile()).start();
        String banner = ChildCli.firstLine(server, 300);
        Matcher m = Pattern.compile("\\(SPARQL: (http://127\\.0\\.0\\.1:\\d+/vdkg/sparql)\\)").matcher(banner == null ? "" : banner);
        assertTrue(m.find(), banner + Files.readString(dir.resolve("serve.err")));
        sparql = m.group(1);
        assertTrue(Files.readString(ServerAnnouncement.of(db)).contains("sparql=" + sparql.replace(":", "\\:")),
                "the server says where it is next to the database");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            assertFalse(Files.exists(ServerAnnouncement.of(db)), "a stopped server withdraws its announcement");
        }
        TestProject.deleteTree(dir);
    }

    @Test
    void queriesAreAnsweredByTheServerAsByTheDatabase() {
        int asked = 0;
        for (String[] q : QUERIES) {
            Cli.Run r = Cli.run("query", "--root", dir.toString(), "--format", q[1], "--sparql", q[0]);
            assertEquals(0, r.exit(), r.err());
            assertEquals(LOCAL.get(q[1] + " " + q[0]), r.out(), q[1] + " " + q[0]);
            assertFalse(r.out().isBlank(), "an answer: " + r.out());
            assertTrue(r.err().contains("is being served: asking the server at " + sparql), r.err());
            asked++;
        }
        assertEquals(QUERIES.size(), asked);
    }

    @Test
    void textSearchFindsTheKgbOnly() {
        Cli.Run r = Cli.run("-q", "query", "--root", dir.toString(), "--endpoint", sparql, "--sparql", TEXT_KGB);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("s", "--------------------------------", "https://w3id.org/vdkg/id/org/kgb"), r.out().lines().toList());
    }

    @Test
    void constructAnswersAreTheSameGraph() {
        Cli.Run r = Cli.run("-q", "query", "--root", dir.toString(), "--sparql",
                STATE_NAMES);
        assertEquals(0, r.exit(), r.err());
        Model remote = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(remote);
        Model local = ModelFactory.createDefaultModel();
        RDFParser.fromString(constructLocal, Lang.TURTLE).parse(local);
        assertTrue(remote.size() > 20 && remote.isIsomorphicWith(local), remote.size() + " vs " + local.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trig", "nq", "ttl", "jsonld"})
    void exportsComeFromTheServersDumpsAndEqualTheDatabasesExport(String format) throws Exception {
        Path out = dir.resolve("remote." + format);
        Cli.Run r = Cli.run("-q", "export", "--root", dir.toString(), "--format", format, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Lang lang = switch (format) {
            case "trig" -> Lang.TRIG;
            case "nq" -> Lang.NQUADS;
            case "ttl" -> Lang.TURTLE;
            default -> Lang.JSONLD;
        };
        Dataset remote = DatasetFactory.create();
        RDFParser.source(out).lang(lang).parse(remote);
        Dataset local = DatasetFactory.create();
        RDFParser.fromString(new String(LOCAL_EXPORTS.get(format), StandardCharsets.UTF_8), lang).parse(local);
        // Graph by graph: Jena's graph matcher copes with the claims' blank nodes, its dataset matcher does not.
        List<String> names = new java.util.ArrayList<>();
        local.listNames().forEachRemaining(names::add);
        List<String> remoteNames = new java.util.ArrayList<>();
        remote.listNames().forEachRemaining(remoteNames::add);
        assertEquals(new java.util.TreeSet<>(names), new java.util.TreeSet<>(remoteNames), format);
        assertTrue(remote.getDefaultModel().isIsomorphicWith(local.getDefaultModel()), format + " default graph");
        for (String g : names) {
            assertTrue(remote.getNamedModel(g).isIsomorphicWith(local.getNamedModel(g)), format + " " + g);
        }
        Cli.Run stdout = Cli.run("-q", "export", "--root", dir.toString(), "--format", format, "--endpoint", sparql);
        assertEquals(0, stdout.exit(), stdout.err());
        assertEquals(Files.readString(out), stdout.out(), "the same bytes on standard output");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"graphml", "gexf", "cyjs", "dot", "geojson"})
    void networkExportsReadTheServersDump(String format) throws Exception {
        Cli.Run remote = Cli.run("-q", "export", "--root", dir.toString(), "--format", format);
        assertEquals(0, remote.exit(), remote.err());
        assertFalse(remote.out().isBlank(), remote.err());
        // The same file as from the database: a copy of it, opened without the server.
        Path copy = dir.resolve("copy-of-db");
        if (!Files.exists(copy)) {
            Cli.Run built = Cli.run("-q", "build", "--root", dir.toString(), "--db", copy.toString());
            assertEquals(0, built.exit(), built.err());
        }
        Cli.Run local = Cli.run("-q", "export", "--root", dir.toString(), "--db", copy.toString(), "--format", format);
        assertEquals(local.out(), remote.out());
    }

    @Test
    void theServersRowCapIsSaid() {
        Cli.Run r = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(0, r.exit(), r.err());
        // Records, not lines: a literal may hold a line break inside its quotes.
        assertEquals(501, csvRecords(r.out()), "the header and the 500 rows of the cap");
        assertTrue(r.err().contains("the server answers at most 500 rows, so this answer may be cut"), r.err());
        Cli.Run graph = Cli.run("-q", "query", "--root", dir.toString(), "--sparql", "CONSTRUCT WHERE { ?s ?p ?o }");
        assertEquals(0, graph.exit(), graph.err());
        assertTrue(graph.err().contains("at most 500 rows"), graph.err());
        Cli.Run limited = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql",
                "SELECT * WHERE { ?s ?p ?o } LIMIT 3");
        assertEquals(4, csvRecords(limited.out()));
        assertFalse(limited.err().contains("may be cut"), limited.err());
    }

    /** Mistakes of the user, each a one-line error with exit 1: the server's own message where it sent one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "query|SELECT * WHERE { ?s ?p ?o } ORDER BY (1 +)|not valid SPARQL",
        "query|SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }|the server refused the query",
        "query@http://127.0.0.1:1/vdkg/sparql|ASK {}|cannot reach the server at http://127.0.0.1:1/vdkg/sparql",
        "query@ftp://127.0.0.1/vdkg/sparql|ASK {}|must be an http(s) URL",
        "query@http://127.0.0.1:PORT/vdkg/sparql?query=x|ASK {}|without ?query",
        "query@http://127.0.0.1:PORT/no/such|ASK {}|the server refused the query",
        "export@http://127.0.0.1:PORT/elsewhere/x/sparql||the server refused the dump",
        "export@not a url||not a URL"})
    void mistakesAreOneLineErrors(String variant) {
        String[] parts = variant.split("\\|", -1);
        String[] command = parts[0].split("@", 2);
        String port = sparql.replaceAll(".*:(\\d+)/.*", "$1");
        List<String> args = new java.util.ArrayList<>(List.of("-q", command[0], "--root", dir.toString()));
        if (command.length > 1) {
            args.addAll(List.of("--endpoint", command[1].replace("PORT", port)));
        }
        if (!parts[1].isEmpty()) {
            args.addAll(List.of("--sparql", parts[1]));
        }
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("vdkg: ") && r.err().contains(parts[2]), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aStaleAnnouncementIsIgnored() throws Exception {
        Path other = dir.resolve("other/db");
        assertEquals(0, Cli.run("-q", "build", "--root", dir.toString(), "--db", other.toString()).exit());
        // What a killed server leaves: its announcement, with nobody answering there.
        Files.writeString(ServerAnnouncement.of(other), "sparql=http\\://127.0.0.1\\:1/vdkg/sparql\nurl=http\\://127.0.0.1\\:1/\n");
        Cli.Run r = Cli.run("query", "--root", dir.toString(), "--db", other.toString(), "--format", "csv", "--sparql", "ASK {}");
        assertEquals(0, r.exit(), r.err());
        assertEquals("_askResult", new BufferedReader(new StringReader(r.out())).lines().findFirst().orElse(""), r.out());
        assertFalse(r.err().contains("being served"), r.err());
    }

    private static long csvRecords(String csv) {
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            return p.stream().count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
