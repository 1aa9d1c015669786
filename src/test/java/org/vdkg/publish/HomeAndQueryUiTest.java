package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.web.Html;
import org.vdkg.support.Http;
import org.vdkg.support.RawHttp;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/**
 * The front door on the real server over the real build, in headless Chromium where a page runs script: the home
 * page and its links, the dataset description still at {@code /} for RDF clients, the one navigation bar on every
 * page, the saved questions, and the read-only query UI at {@code /query} (every saved question as an example, no
 * dataset-management control, labelled results linking to this server's pages, no request elsewhere, no CSP
 * violation).
 */
class HomeAndQueryUiTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    private static ServedCopy served;
    private static String base;

    @BeforeAll
    static void start() {
        served = ServedCopy.shared();
        base = served.base();
    }

    private static String origin() {
        URI u = URI.create(base);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    private static long savedQueryFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestProject.REPO.resolve("queries"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).count();
        }
    }

    @Test
    void theHomePageLinksEveryWayInAndEachLinkAnswers() {
        HttpResponse<String> home = Http.get(base, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = home.body();
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(page.replace("&amp;", "&"));
        while (m.find()) {
            links.add(m.group(1));
        }
        for (String way : List.of("/explore", "/graph", "/timeline", "/map", "/query", "/queries", "/dumps/", "/reconcile",
                "/search")) {
            assertTrue(links.contains(way) || page.contains("action=\"" + way + "\""), "the home page leads to " + way);
        }
        Map<String, Integer> broken = new LinkedHashMap<>();
        for (String link : links) {
            int status = Http.get(base + link.substring(1), "text/html").statusCode();
            if (status != 200) {
                broken.put(link, status);
            }
        }
        assertEquals(Map.of(), broken, "every link of the home page answers");
        // The counts: triples, claims, entities and sources, each a number above zero.
        Matcher counts = Pattern.compile("<li><b>([\\d,]+)</b>(triples|claims|entities|sources)</li>").matcher(page);
        Map<String, Long> figures = new LinkedHashMap<>();
        while (counts.find()) {
            figures.put(counts.group(2), Long.parseLong(counts.group(1).replace(",", "")));
        }
        assertEquals(List.of("triples", "claims", "entities", "sources"), List.copyOf(figures.keySet()), page);
        assertEquals(3, figures.get("sources"), figures.toString());
        long claims = Http.jsonCount(Http.get(served.sparql() + "?query=" + Http.encode(
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ?k . "
                        + "?k rdfs:subClassOf* <https://w3id.org/vdkg/ontology#Claim> }"),
                "application/sparql-results+json").body());
        assertEquals(claims, figures.get("claims"), "claims counted as the endpoint counts them");
        assertTrue(page.contains("CC BY 4.0"), "the licence");
    }

    @Test
    void rdfClientsAskingTheRootStillGetTheDatasetDescription() {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
                "text/turtle;q=0.9, text/html;q=0.5")) {
            HttpResponse<String> r = Http.get(base, accept);
            assertEquals(200, r.statusCode(), accept);
            String type = r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
            Lang lang = RDFLanguages.contentTypeToLang(type);
            assertTrue(lang != null, accept + " -> " + type);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).base(base).parse(m);
            assertTrue(m.contains(m.createResource("https://w3id.org/vdkg/"), RDF.type, m.createResource("http://rdfs.org/ns/void#Dataset")),
                    accept + ": the dataset description");
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), accept);
        }
    }

    @Test
    void oddAcceptHeadersAndMethodsOnTheRootNeverGive500() {
        List<String> accepts = List.of("", "*/*", "text/html;q=0", "image/png", "text/turtle;q=abc", "a/b/c", ";;;,,,", "text/*",
                "application/*", "*/html", "text/html;level=1;q=0.5, text/turtle;q=0.5", "\u00e9/\u00e8", "x".repeat(4000),
                "text/turtle;q=1.5", "text/html, text/html, text/html");
        for (String accept : accepts) {
            HttpRequest.Builder rq = HttpRequest.newBuilder(URI.create(base)).GET();
            if (!accept.isEmpty()) {
                try {
                    rq.header("Accept", accept);
                } catch (IllegalArgumentException notSendable) {
                    continue;
                }
            }
            int status = Http.send(rq).statusCode();
            assertTrue(status < 500, "Accept: " + accept.substring(0, Math.min(40, accept.length())) + " -> " + status);
        }
        RawHttp.Answer raw = RawHttp.get(served.server.port(), "/", "Host: 127.0.0.1", "Accept: text/html;q=\u0000");
        assertTrue(raw.status() < 500, raw.all());
        for (String method : List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")) {
            int status = Http.send(HttpRequest.newBuilder(URI.create(base)).header("Accept", "text/html")
                    .method(method, HttpRequest.BodyPublishers.ofString("x"))).statusCode();
            assertTrue(status < 500, method + " / -> " + status);
        }
    }

    /** Every HTML page of the site: the server-rendered ones, the views and the query UI. */
    private static final List<String> HTML_PAGES = List.of("", "about", "id/org/soviet-union",
            "id/claim/army-foreign-affairs/law-2018-defence-diplomacy", "ontology", ".well-known/void?format=html", "search",
            "search?q=giap", "queries", "dumps/", "vdkg/sparql", "graph", "timeline", "map", "explore", "query");

    @Test
    void everyHtmlPageCarriesTheOneNavigationBar() {
        for (String page : HTML_PAGES) {
            HttpResponse<String> r = Http.get(base + page, "text/html");
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertEquals(1, r.body().split(Pattern.quote(Html.NAV_BAR), -1).length - 1, "/" + page + " has the bar once");
            assertTrue(r.body().contains("href=\"" + Html.STYLESHEET + "\""), "/" + page + " links the site's style");
        }
        // Error answers stay plain text.
        HttpResponse<String> missing = Http.get(base + "id/org/no-such-thing", "text/html");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("<nav"), missing.body());
    }

    @Test
    void theSavedQuestionsPageListsEveryQueryWithLinksThatAnswer() throws IOException {
        String page = Http.get(base + "queries", "text/html").body();
        Matcher sections = Pattern.compile("<section class=\"question\" id=\"([^\"]+)\">").matcher(page);
        List<String> ids = new ArrayList<>();
        while (sections.find()) {
            ids.add(sections.group(1));
        }
        assertEquals(savedQueryFiles(), ids.size(), "one section per file of queries/");
        Matcher csv = Pattern.compile("href=\"(/vdkg/sparql\\?query=[^\"]+&amp;format=csv)\"").matcher(page);
        Matcher json = Pattern.compile("href=\"(/vdkg/sparql\\?query=[^\"]+&amp;format=json)\"").matcher(page);
        Matcher run = Pattern.compile("href=\"(/query#/dataset/vdkg/query\\?query=[^\"]+)\"").matcher(page);
        for (int i = 0; i < 3; i++) {
            assertTrue(csv.find() && json.find() && run.find(), "links of question " + i);
            HttpResponse<String> c = Http.get(origin() + csv.group(1).replace("&amp;", "&"), "*/*");
            assertEquals(200, c.statusCode(), c.body());
            assertTrue(c.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), ids.get(i));
            HttpResponse<String> j = Http.get(origin() + json.group(1).replace("&amp;", "&"), "*/*");
            assertEquals(200, j.statusCode());
            assertTrue(JSON.parse(j.body()).getObj("results").get("bindings").getAsArray().size() > 0, ids.get(i));
        }
        assertEquals(404, Http.get(base + "queries/nothing", "text/html").statusCode());
    }

    @Test
    void theQueryUiServesNoManagementFilesAndReflectsNothing() {
        String page = Http.get(base + "query", "text/html").body();
        for (String q : List.of("?query=%3Cscript%3Ealert(1)%3C/script%3E", "?x=%22%3E%3Cimg%20src=x%3E", "?callback=alert",
                "?stylesheet=/x.xsl", "?" + "q=".repeat(500))) {
            HttpResponse<String> r = Http.get(base + "query" + q, "text/html");
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " -> " + r.statusCode());
            if (r.statusCode() == 200) {
                assertEquals(page, r.body(), "the page does not depend on its parameters: " + q);
            }
            assertFalse(r.body().contains("alert") || r.body().contains("<img"), q);
        }
        Matcher files = Pattern.compile("/static/([A-Za-z0-9._-]+)").matcher(page);
        int n = 0;
        while (files.find()) {
            assertEquals(200, Http.get(base + "static/" + files.group(1), "*/*").statusCode(), files.group(1));
            n++;
        }
        assertTrue(n >= 2, "the page names its script and style");
        for (String no : List.of("static/Upload-bqU9xqwB.js", "static/NewDataset-B4w2g1Uy.js", "static/ExistingDatasets-Ol8cZMYZ.js",
                "static/Edit-BYpVhZGP.js", "static/Info-1_mAYiJE.js", "static/Tasks-D87pHbi6.js", "static/../index.html",
                "static/%2e%2e/index.html", "index.html", "query/manage", "query/x.js", "static/")) {
            int status = Http.get(base + no, "*/*").statusCode();
            assertTrue(status == 404 || status == 400, no + " -> " + status);
        }
        assertEquals(405, Http.postForm(base + "query", "query", "ASK {}", "*/*").statusCode());
        JsonObject prefixes = JSON.parse(Http.get(base + "query/prefixes.json", "application/json").body());
        for (String p : List.of("vdkg", "prov", "skos", "rdfs", "rdf", "owl", "xsd", "dcterms", "org", "time", "geo", "text",
                "schema", "foaf", "void", "wd", "person", "place", "claim", "source")) {
            assertTrue(prefixes.hasKey(p), "prefix " + p + " in " + prefixes);
        }
        assertEquals("https://w3id.org/vdkg/id/person/", prefixes.getString("person"));
        // The admin endpoints the stock UI would call stay refused.
        for (String admin : List.of("$/datasets", "$/backup/vdkg", "$/tasks")) {
            int status = Http.send(HttpRequest.newBuilder(URI.create(base + admin)).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
            assertTrue(status >= 400 && status < 500, admin + " -> " + status);
        }
    }

    private static final String RECORD_VIOLATIONS = Browser.RECORD_VIOLATIONS;

    private static String waitFor(Browser b, String condition) {
        return b.evalString("new Promise(resolve => { const t0 = Date.now(); const check = () => { const v = (" + condition + ");"
                + " if (v) { resolve(String(v)); } else if (Date.now() - t0 > 45000) { resolve('timeout'); } else { setTimeout(check, 100); } };"
                + " check(); })");
    }

    private static void assertNothingLeftTheServerAndNoViolation(Browser b) {
        List<String> elsewhere = new ArrayList<>();
        List<String> consoleCsp = new ArrayList<>();
        for (JsonObject e : b.eventsSince(0)) {
            if ("Network.requestWillBeSent".equals(Browser.method(e))) {
                String url = Browser.params(e).getObj("request").getString("url");
                if (!url.startsWith(origin() + "/") && !url.startsWith("data:") && !url.startsWith("about:")) {
                    elsewhere.add(url);
                }
            } else if ("Log.entryAdded".equals(Browser.method(e)) || "Runtime.consoleAPICalled".equals(Browser.method(e))) {
                String text = JSON.toStringFlat(Browser.params(e));
                if (text.contains("Content Security Policy")) {
                    consoleCsp.add(text);
                }
            }
        }
        assertEquals(List.of(), elsewhere, "requests that left the server");
        assertEquals(List.of(), consoleCsp, "CSP messages in the console");
        assertEquals(List.of(), b.violations(), "CSP violations");
    }

    @Test
    void theQueryUiListsEverySavedQuestionRunsOneAndHasNoManagementControl() throws IOException {
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(RECORD_VIOLATIONS);
            b.open(base + "query");
            String examples = waitFor(b, "document.querySelectorAll('span.badge.text-bg-info').length >= " + savedQueryFiles()
                    + " && document.querySelectorAll('span.badge.text-bg-info').length");
            assertEquals(String.valueOf(savedQueryFiles()), examples, "every saved question is an example");
            assertTrue(b.evalString("location.hash").startsWith("#/dataset/vdkg/query"), "the UI opens on the query view");
            String controls = b.evalString("Array.from(document.querySelectorAll('#app a, #app button, #app .nav-link'))"
                    + ".map(e => e.textContent.trim().toLowerCase() + ' ' + (e.getAttribute('href') || ''))"
                    + ".filter(t => /manage|add data|upload|backup|new dataset|\\bedit\\b|\\binfo\\b|tasks/.test(t)).join(' | ')");
            assertEquals("", controls, "no dataset-management control in the page");
            assertEquals("1", b.evalString("String(document.querySelectorAll('nav.site').length)"), "the site's bar, once");
            // The first example: one click loads it into the editor and runs it (no press of Run here).
            String question = new org.vdkg.query.SavedQueryCatalogue(TestProject.REPO.resolve("queries")).list().get(0).question();
            assertEquals("true", waitFor(b, "!!(document.querySelector('.yasqe_queryButton') && document.querySelector('.CodeMirror'))"),
                    "the editor is ready");
            b.eval("Array.from(document.querySelectorAll('span.badge.text-bg-info')).find(s => s.textContent === "
                    + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(question)) + ").click()");
            assertEquals("true", waitFor(b, "document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror.getValue().includes("
                    + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(question)) + ")"), "the example is loaded");
            String rows = waitFor(b, "document.querySelectorAll('.yasr table tbody tr').length");
            assertTrue(rows.matches("\\d+") && Integer.parseInt(rows) > 0, "the saved question's answer: " + rows);
            // A route of the management views is sent back to the query view.
            b.eval("location.hash = '#/manage/new'");
            assertEquals("true", waitFor(b, "location.hash.startsWith('#/dataset/vdkg/query')"), "no way into dataset management");
            assertNothingLeftTheServerAndNoViolation(b);
        }
    }

    @Test
    void resultIrisShowTheirLabelsAndLinkToThisServersPages() {
        String query = "PREFIX vdkg: <https://w3id.org/vdkg/ontology#>\nSELECT ?actor WHERE { "
                + "VALUES ?actor { <https://w3id.org/vdkg/id/org/soviet-union> <https://w3id.org/vdkg/id/person/vo-nguyen-giap> } }";
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(RECORD_VIOLATIONS);
            b.open(base + "query#/dataset/vdkg/query?query=" + Http.encode(query));
            assertEquals("true", waitFor(b, "document.querySelector('.yasqe_queryButton') && document.querySelector('.CodeMirror')"
                    + " && document.querySelector('.CodeMirror').CodeMirror.getValue().includes('soviet-union')"), "the linked query is loaded");
            b.eval("document.querySelector('.yasqe_queryButton').click()");
            assertEquals("2", waitFor(b, "document.querySelectorAll('#yasr a.iri.labelled').length === 2 && 2"), "both IRIs labelled");
            String links = b.evalString("JSON.stringify(Array.from(document.querySelectorAll('#yasr a.iri')).map(a => "
                    + "[a.textContent, a.getAttribute('href'), a.title]))");
            assertTrue(links.contains("[\"Soviet Union\",\"/id/org/soviet-union\",\"https://w3id.org/vdkg/id/org/soviet-union\"]"), links);
            assertTrue(links.contains("\"/id/person/vo-nguyen-giap\""), links);
            assertFalse(links.contains("\"https://w3id.org/vdkg/id/person/vo-nguyen-giap\","), "the text is a label, not the IRI: " + links);
            String status = b.evalString("fetch(document.querySelector('#yasr a.iri').href).then(r => String(r.status))");
            assertEquals("200", status, "the link opens this server's page");
            assertNothingLeftTheServerAndNoViolation(b);
        }
    }

    @Test
    void screenshotsOfTheHomePageAndTheQueryUi() throws IOException {
        boolean write = Boolean.getBoolean("vdkg.writeScreenshots");
        Path dir = TestProject.REPO.resolve(write ? "docs/screenshots" : "target/screenshots");
        try (Browser b = Browser.start()) {
            b.open(base);
            shoot(b, dir.resolve("home.png"));
            b.open(base + "query");
            assertEquals("true", waitFor(b, "document.querySelectorAll('span.badge.text-bg-info').length > 0"
                    + " && !!document.querySelector('.CodeMirror')"), "the query UI is ready");
            shoot(b, dir.resolve("query.png"));
        }
    }

    private static void shoot(Browser b, Path out) throws IOException {
        JsonObject shot = b.send("Page.captureScreenshot", new JsonObject());
        byte[] png = Base64.getDecoder().decode(shot.getString("data"));
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the page: " + out);
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }
}
