package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.model.SourceText;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Browser;
import org.vdkg.support.Chromium;
import org.vdkg.support.Cli;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;

/**
 * Entity and claim pages on the real server over the real build: claims in words and in order of time, with their
 * evidence; derived statements apart from the stated ones; each Wikidata item once; and, with {@code serve --sources},
 * the cited paragraph itself, read from the source texts (which no request can choose).
 */
class EvidencePagesTest {

    private static final String BASE = "https://w3id.org/vdkg/";
    private static final String PREFIXES = "PREFIX vdkg: <https://w3id.org/vdkg/ontology#>\n"
            + "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final Pattern CLAIM_LINK = Pattern.compile("<li class=\"claim\"><h3><a href=\"(/id/claim/[^\"]+)\">([^<]*)</a>");

    private static ServedCopy quoting;

    @AfterAll
    static void stop() {
        if (quoting != null) {
            quoting.close();
        }
    }

    /** The source texts beside the project (../shared/sources); skipped with a message where absent, failed in CI. */
    private static Path sourceTexts() {
        return new ProjectLayout(TestProject.REPO).sharedSourcesDir().orElseGet(() -> Path.of(Tools.unavailable(
                "../shared/sources (the source texts beside the project) is absent, so the quoted paragraphs are untested")));
    }

    /** A server quoting the source texts ({@code serve --sources ../shared/sources}), started once. */
    private static synchronized ServedCopy quoting() {
        if (quoting == null) {
            quoting = ServedCopy.withSources(SourceParagraphs.in(sourceTexts()));
        }
        return quoting;
    }

    private static String page(ServedCopy s, String path) {
        HttpResponse<String> r = Http.get(s.base() + path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(ServedCopy.shared().sparql()).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The page up to its "Derived" section: what a reader sees as stated. */
    private static String mainPart(String html) {
        int at = html.indexOf("<section class=\"derived\"");
        return at < 0 ? html : html.substring(0, at);
    }

    @Test
    void anEntityPageListsEveryClaimInWordsInOrderOfTimeWithItsEvidence() {
        for (String entity : List.of("org/soviet-union", "person/ho-chi-minh", "org/ministry-of-public-security")) {
            String html = page(ServedCopy.shared(), "id/" + entity);
            Matcher m = CLAIM_LINK.matcher(html);
            List<String> shown = new ArrayList<>();
            while (m.find()) {
                shown.add(BASE + m.group(1).substring(1));
                String title = unescape(m.group(2));
                String slug = m.group(1).substring(m.group(1).lastIndexOf('/') + 1);
                assertFalse(title.contains(slug) || title.isBlank(), entity + ": a title in words, not the slug: " + title);
            }
            // Every claim that names the entity, directly or in a sub-node, and each once.
            Set<String> expected = new TreeSet<>();
            for (QuerySolution row : select("SELECT DISTINCT ?x WHERE { ?x ?p <" + BASE + "id/" + entity + "> "
                    + "FILTER (STRSTARTS(STR(?x), \"" + BASE + "id/claim/\")) }")) {
                String[] parts = row.getResource("x").getURI().substring((BASE + "id/claim/").length()).split("/");
                expected.add(BASE + "id/claim/" + parts[0] + "/" + parts[1]);
            }
            assertEquals(expected, new TreeSet<>(shown), entity);
            assertEquals(shown.size(), new LinkedHashSet<>(shown).size(), entity + ": each claim once");
            // In order of time: earliest bound, then latest; undated claims last.
            Map<String, String[]> bounds = new TreeMap<>();
            for (QuerySolution row : select("SELECT ?c (MIN(STR(?e)) AS ?from) (MIN(STR(?l)) AS ?to) WHERE { VALUES ?c { "
                    + String.join(" ", shown.stream().map(c -> "<" + c + ">").toList()) + " } "
                    + "OPTIONAL { ?c vdkg:earliest ?e } OPTIONAL { ?c vdkg:latest ?l } } GROUP BY ?c")) {
                bounds.put(row.getResource("c").getURI(), new String[] {row.contains("from") ? row.getLiteral("from").getString() : null,
                        row.contains("to") ? row.getLiteral("to").getString() : null});
            }
            for (int i = 1; i < shown.size(); i++) {
                String a = bounds.get(shown.get(i - 1))[0];
                String b = bounds.get(shown.get(i))[0];
                assertTrue(b == null || (a != null && a.compareTo(b) <= 0),
                        entity + ": " + shown.get(i - 1) + " (" + a + ") before " + shown.get(i) + " (" + b + ")");
            }
            // Each claim of the list carries its evidence: the source by title and the paragraph.
            String list = html.substring(html.indexOf("<ol class=\"claims\">"));
            int items = list.split("<li class=\"claim\">", -1).length - 1;
            assertEquals(shown.size(), items, entity);
            for (String item : list.split("<li class=\"claim\">")) {
                if (item.startsWith("<h3>")) {
                    assertTrue(item.contains("<p class=\"citation\">Source: <a href=\"/id/source/") && item.contains("paragraph "),
                            entity + ": " + item.substring(0, Math.min(item.length(), 600)));
                }
            }
        }
    }

    @Test
    void derivedTypesAndIndexTriplesStayOutOfTheMainPartAndEachWikidataItemIsShownOnce() {
        List<QuerySolution> matched = select("SELECT ?e (SAMPLE(?w) AS ?item) (MAX(?exact) AS ?isExact) WHERE { "
                + "{ ?e skos:exactMatch ?w BIND (1 AS ?exact) } UNION { ?e skos:closeMatch ?w BIND (0 AS ?exact) } "
                + "FILTER (STRSTARTS(STR(?w), \"http://www.wikidata.org/entity/\") && STRSTARTS(STR(?e), \"" + BASE + "id/\")) "
                + "FILTER NOT EXISTS { ?e skos:exactMatch ?other FILTER (?other != ?w && STRSTARTS(STR(?other), \"http://www.wikidata.org/\")) } "
                + "} GROUP BY ?e ?w ORDER BY ?isExact ?e LIMIT 6");
        assertTrue(matched.size() >= 2, "entities with Wikidata matches: " + matched.size());
        Set<String> pages = new LinkedHashSet<>(List.of(BASE + "id/org/soviet-union"));
        matched.forEach(r -> pages.add(r.getResource("e").getURI()));
        for (String iri : pages) {
            String html = page(ServedCopy.shared(), iri.substring(BASE.length()));
            String main = mainPart(html);
            for (String noise : List.of("prov:Agent", "foaf:Agent", "owl:Thing", "nameKey", "vdkg:mentions", "inSource",
                    "ontology#nameKey")) {
                assertFalse(main.contains(noise), iri + ": " + noise + " in the main part");
            }
            assertTrue(html.contains("<section class=\"derived\" id=\"derived\"><h2>Derived</h2>"), iri + " has a derived section");
            // Every Wikidata item linked once, with its match kind.
            Matcher items = Pattern.compile("href=\"(http://www\\.wikidata\\.org/entity/Q\\d+)\"").matcher(html);
            List<String> linked = new ArrayList<>();
            while (items.find()) {
                linked.add(items.group(1));
            }
            assertEquals(new LinkedHashSet<>(linked).size(), linked.size(), iri + ": each Wikidata item once: " + linked);
        }
        String su = page(ServedCopy.shared(), "id/org/soviet-union");
        assertTrue(su.contains("<li class=\"wikidata exact\"><a href=\"http://www.wikidata.org/entity/Q15180\">"), "exact match");
        assertTrue(su.substring(su.indexOf("<section class=\"derived\"")).contains("prov:Agent"),
                "the derived types are shown apart, not dropped");
        for (QuerySolution r : matched) {
            String html = page(ServedCopy.shared(), r.getResource("e").getURI().substring(BASE.length()));
            String kind = r.getLiteral("isExact").getInt() == 1 ? "exact" : "close";
            assertTrue(html.contains("<li class=\"wikidata " + kind + "\"><a href=\"" + r.getResource("item").getURI() + "\">"),
                    r.getResource("e") + " is a " + kind + " match of " + r.getResource("item"));
        }
    }

    @Test
    void anEntityPageSaysWhoOrWhatInOneLineAndGroupsItsRelations() {
        String su = page(ServedCopy.shared(), "id/org/soviet-union");
        assertTrue(su.contains("<p class=\"what\">state</p>"), "one line: a state");
        List<QuerySolution> bodies = select("SELECT ?b ?state WHERE { GRAPH ?g { ?b vdkg:ofState ?state } "
                + "FILTER (?g != <" + BASE + "graph/inferred>) } ORDER BY ?b LIMIT 3");
        assertFalse(bodies.isEmpty(), "bodies with a stated state");
        for (QuerySolution row : bodies) {
            String html = page(ServedCopy.shared(), row.getResource("b").getURI().substring(BASE.length()));
            Matcher what = Pattern.compile("<p class=\"what\">(.*?)</p>").matcher(html);
            assertTrue(what.find(), row.getResource("b").toString());
            assertTrue(what.group(1).contains(", of <a href=\"/" + row.getResource("state").getURI().substring(BASE.length()) + "\">"),
                    row.getResource("b") + ": " + what.group(1));
        }
        String relations = su.substring(su.indexOf("<h2>Relations</h2>"), su.indexOf("<h2>Claims"));
        assertTrue(relations.contains("<h3 class=\"relation\">Soviet Union provided aid to</h3>"), relations);
        assertTrue(relations.contains("Central Public Security School</a>: early 1959 (1 claim)"), relations);
    }

    @Test
    void everyClaimPageIsTitledInWordsAndShowsItsEvidence() {
        List<QuerySolution> claims = select("SELECT ?c (SAMPLE(?title) AS ?t) (GROUP_CONCAT(DISTINCT STR(?p); SEPARATOR=\",\") AS ?ps) "
                + "WHERE { ?c a vdkg:Claim ; prov:wasDerivedFrom ?cit . ?cit vdkg:source ?s . ?s dcterms:title ?title . "
                + "OPTIONAL { ?cit vdkg:paragraph ?p } } GROUP BY ?c ORDER BY ?c");
        assertTrue(claims.size() > 50, "claims: " + claims.size());
        for (QuerySolution row : claims) {
            String iri = row.getResource("c").getURI();
            String html = page(ServedCopy.shared(), iri.substring(BASE.length()));
            Matcher h1 = Pattern.compile("<h1>([^<]+)</h1>\n<p class=\"when\">([^<]+)</p>").matcher(html);
            assertTrue(h1.find(), iri);
            assertFalse(h1.group(1).contains(iri.substring(iri.lastIndexOf('/') + 1)), iri + ": " + h1.group(1));
            assertFalse(h1.group(2).matches(".*\\d{4}-\\d{2}-\\d{2}.*|.*/\\.\\..*"), iri + ": a date in words: " + h1.group(2));
            String evidence = html.substring(html.indexOf("<div class=\"evidence\">"));
            assertTrue(unescape(evidence).contains("Source: <a href=\"/id/source/"), iri);
            assertTrue(unescape(evidence).contains(row.getLiteral("t").getString()), iri + ": the source's title");
            for (String p : row.getLiteral("ps").getString().split(",")) {
                assertTrue(p.isEmpty() || evidence.matches("(?s).*paragraph [0-9, ]*\\b" + p + "\\b.*"), iri + ": paragraph " + p);
            }
            assertFalse(html.contains("<blockquote>"), iri + ": no text without --sources");
        }
        String geneva = unescape(page(ServedCopy.shared(), "id/claim/public-security-diplomacy-1945-1975/soviet-debugging-geneva"));
        for (String part : List.of("paragraph 11", "footnote 2", "cited work: <a href=\"/id/source/mps-resistance-history-proceedings-2010\">",
                "pages 133", "<p class=\"confidence\">Confidence: ", "<p class=\"ambiguity\">Ambiguity: ")) {
            assertTrue(geneva.contains(part), part);
        }
    }

    @Test
    void withSourcesAClaimPageQuotesItsParagraphAndFootnoteAsTheTextReadsNow() {
        Path texts = sourceTexts();
        ServedCopy s = quoting();
        Map<String, int[]> cases = Map.of(
                "public-security-diplomacy-1945-1975/soviet-debugging-geneva", new int[] {11, 44},
                "public-security-diplomacy-1945-1975/soviet-experts-1959", new int[] {16},
                "army-foreign-affairs/law-2018-defence-diplomacy", new int[] {});
        for (Map.Entry<String, int[]> c : cases.entrySet()) {
            String source = c.getKey().substring(0, c.getKey().indexOf('/'));
            SourceText text = SourceText.read(texts.resolve(source + ".txt"));
            String html = page(s, "id/claim/" + c.getKey());
            List<String> quoted = new ArrayList<>();
            Matcher q = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL).matcher(html);
            while (q.find()) {
                quoted.add(unescape(q.group(1)));
            }
            List<String> expected = new ArrayList<>();
            for (int n : c.getValue()) {
                expected.add(text.paragraph(n));
            }
            if (expected.isEmpty()) {
                // A claim's own paragraphs, whatever they are: read them from the page's citation.
                Matcher p = Pattern.compile("paragraph (\\d+)").matcher(html.substring(html.indexOf("<p class=\"citation\">")));
                assertTrue(p.find());
                expected.add(text.paragraph(Integer.parseInt(p.group(1))));
            }
            assertEquals(expected, quoted, c.getKey());
        }
    }

    @Test
    void noRequestChoosesTheSourceFile() throws Exception {
        ServedCopy s = quoting();
        String claim = "id/claim/public-security-diplomacy-1945-1975/soviet-experts-1959";
        String plain = page(s, claim);
        for (String extra : List.of("?source=../../../../etc/passwd", "?file=/etc/passwd", "?sources=/etc",
                "?source=army-foreign-affairs&paragraph=1", "?paragraph=-1", "?paragraph=99999999999999999999",
                "?source=%2e%2e%2f%2e%2e%2fetc%2fpasswd", "?source=public-security-diplomacy-1945-1975.txt%00")) {
            HttpResponse<String> r = Http.get(s.base() + claim + extra, "text/html");
            assertEquals(200, r.statusCode(), extra);
            assertEquals(plain, r.body(), extra + ": a parameter changes nothing on the page");
        }
        for (String path : List.of("id/claim/../../../../etc/passwd", "id/claim/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "id/source/..%2f..%2fetc%2fpasswd", "id/source/army-foreign-affairs.txt", "id/claim/army-foreign-affairs/..%2f..%2f..%2fetc%2fpasswd",
                "id/claim/army-foreign-affairs%2f..%2f..%2fpom.xml", "id/source/%2fetc%2fpasswd")) {
            URI u = URI.create(s.base() + path);
            HttpResponse<String> r = Http.get(u.toString(), "text/html");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<blockquote>") || r.body().contains("<project"), path);
        }
        // The file name comes from a source id of the database only, and such an id cannot leave the directory.
        SourceParagraphs p = SourceParagraphs.in(sourceTexts());
        assertTrue(p.paragraph("army-foreign-affairs", 1).isPresent());
        for (String id : List.of("../sources/army-foreign-affairs", "army-foreign-affairs/../army-foreign-affairs", "/etc/passwd",
                "..", ".", "army-foreign-affairs.txt\u0000", "ARMY-FOREIGN-AFFAIRS", "army-foreign-affairs/", "")) {
            assertTrue(p.paragraph(id, 1).isEmpty(), id);
        }
        for (int n : new int[] {0, -1, 100_000, Integer.MAX_VALUE}) {
            assertTrue(p.paragraph("army-foreign-affairs", n).isEmpty(), "paragraph " + n);
        }
        assertTrue(SourceParagraphs.NONE.paragraph("army-foreign-affairs", 1).isEmpty());
    }

    @Test
    void serveRefusesASourcesOptionThatIsNoDirectory(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        for (String bad : List.of(dir.resolve("missing").toString(), file.toString())) {
            Cli.Run r = Cli.run("serve", "--root", dir.toString(), "--sources", bad);
            assertEquals(2, r.exit(), bad + ": " + r.err());
            assertTrue(r.err().contains("--sources") && r.err().contains("no directory at"), r.err());
        }
    }

    @Test
    void theClaimPageDrawsUnderThePolicyAndAScreenshotIsWritten() throws Exception {
        String claim = "id/claim/public-security-diplomacy-1945-1975/soviet-debugging-geneva";
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(Browser.RECORD_VIOLATIONS);
            int from = b.eventCount();
            b.open(quoting().base() + claim);
            assertEquals(List.of(), b.violations());
            assertEquals("1", b.evalString("String(document.querySelectorAll('.evidence blockquote').length >= 1 ? 1 : 0)"));
            String origin = quoting().base().replaceFirst("/$", "");
            for (Browser.Exchange x : b.exchanges(from, "")) {
                assertTrue(x.url().startsWith(origin) || x.url().startsWith("about:") || x.url().startsWith("data:"),
                        "nothing leaves the server: " + x);
            }
        }
        // Without --sources: a committed picture must not carry the article's text.
        boolean docs = Boolean.getBoolean("vdkg.writeScreenshots");
        Path png = TestProject.REPO.resolve(docs ? "docs/screenshots" : "target/screenshots").resolve("claim.png");
        Files.createDirectories(png.getParent());
        Chromium.screenshot(ServedCopy.shared().base() + claim, png);
        assertTrue(Files.size(png) > 20_000, "the screenshot looks empty: " + Files.size(png) + " bytes");
    }
}
