package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.vocab.IriScheme;

/**
 * The parts of the server link to one another: entity pages, the network and timeline views, search and
 * reconciliation. Every link they hand out must answer on the same server, and every actor of the network
 * must be reachable by following links from the landing page.
 */
class LinksResolveTest {

    /** A link to this server: a path, or an absolute URL (which {@link #links} turns into its path). */
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"((?:http://127\\.0\\.0\\.1:\\d+)?/[^\"#]*)");

    private static String root;
    /**
     * Pages the navigation bar links that another branch of issue 17 builds (/explore, item 3): a 404 is tolerated
     * until it is merged; any other failure is not. Remove once /explore is served.
     */
    static final Set<String> NOT_YET_BUILT = Set.of("/explore");

    @BeforeAll
    static void start() {
        root = ServedCopy.shared().base().replaceFirst("/$", "");
    }

    @Test
    void everyLinkOfTheHtmlPagesReachableFromTheLandingPageAnswers() {
        Map<String, String> broken = new LinkedHashMap<>();
        Set<String> seen = crawl("/about", broken);
        NOT_YET_BUILT.forEach(path -> broken.computeIfPresent(path, (p, status) -> status.startsWith("404 ") ? null : status));
        assertEquals(Map.of(), broken, "link -> status (found on)");
        // Entity pages are /id/<kind>/<slug>; deeper paths are an entity's sub-nodes (a quantity per unit).
        long entityPages = seen.stream().filter(p -> p.matches("/id/(person|org|place|event|document|project|item)/[^/?]*")).count();
        String entities = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <" + IriScheme.DEFAULT_BASE
                + "graph/entities> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
        long curated = Http.jsonCount(Http.get(root + "/vdkg/sparql?query=" + Http.encode(entities),
                "application/sparql-results+json").body());
        assertTrue(curated > 100, "entities: " + curated);
        assertEquals(curated, entityPages, "entity pages reached from /about, of all curated entities");
    }

    @Test
    void everyActorAndEventOfTheViewsHasAPageReachableFromTheLandingPage() {
        Set<String> seen = crawl("/about", new LinkedHashMap<>());
        List<String> unreached = new ArrayList<>();
        JsonObject graph = json("/graph.json");
        for (JsonValue node : graph.getObj("elements").get("nodes").getAsArray()) {
            String path = node.getAsObject().getObj("data").getString("path");
            assertTrue(path != null && path.startsWith("/id/"), "node without a page: " + node);
            assertEquals(200, Http.get(root + path, "text/html").statusCode(), path);
            if (!seen.contains(path)) {
                unreached.add(path);
            }
        }
        assertEquals(List.of(), unreached, "network actors not linked from any page reached from /about");
        JsonObject timeline = json("/timeline.json");
        List<String> missing = new ArrayList<>();
        for (JsonValue event : timeline.get("events").getAsArray()) {
            String path = event.getAsObject().getString("path");
            if (path == null || Http.get(root + path, "text/html").statusCode() != 200) {
                missing.add(String.valueOf(path));
            }
        }
        assertEquals(List.of(), missing, "timeline claims without a page");
        assertTrue(timeline.get("events").getAsArray().size() > 10, "too few dated claims");
    }

    @Test
    void searchResultsAndReconciliationPreviewsLinkToLivePages() {
        for (String q : List.of("Chen Geng", "KGB", "Bác Hồ", "Soviet Union", "Cao Bang")) {
            JsonObject found = json("/search?format=json&q=" + Http.encode(q));
            var results = found.get("results").getAsArray();
            assertTrue(results.size() > 0, "nothing found for " + q);
            for (JsonValue r : results) {
                String url = r.getAsObject().getString("url");
                HttpResponse<String> page = Http.get(absolute(url), "text/html");
                assertEquals(200, page.statusCode(), q + " -> " + url);
                String id = r.getAsObject().getString("id");
                HttpResponse<String> preview = Http.get(root + "/reconcile/preview?id=" + Http.encode(id), "text/html");
                assertEquals(200, preview.statusCode(), id);
                List<String> previewLinks = links(preview.body());
                assertTrue(previewLinks.contains(url), "the preview of " + id + " links its page: " + previewLinks);
                for (String link : previewLinks) {
                    assertEquals(200, Http.get(root + link, "text/html").statusCode(), "preview of " + id + " -> " + link);
                }
            }
        }
    }

    /** Breadth-first over the HTML pages of this server; records links that do not answer 200. */
    private static Set<String> crawl(String start, Map<String, String> broken) {
        Set<String> seen = new TreeSet<>();
        Deque<String[]> todo = new ArrayDeque<>();
        todo.add(new String[] {start, "(start)"});
        seen.add(start);
        while (!todo.isEmpty()) {
            String[] next = todo.poll();
            HttpResponse<String> r = Http.get(root + next[0], "text/html");
            if (r.statusCode() != 200) {
                broken.put(next[0], r.statusCode() + " (" + next[1] + ")");
                continue;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html") || !follow(next[0])) {
                continue;
            }
            for (String link : links(r.body())) {
                if (seen.add(link)) {
                    todo.add(new String[] {link, next[0]});
                }
            }
            assertTrue(seen.size() < 5000, "the crawl does not end: " + seen.size() + " links");
        }
        return seen;
    }

    /** Pages whose links are followed; the query UI, the dumps and the SPARQL endpoint are only checked. */
    private static boolean follow(String path) {
        return path.startsWith("/id/") || path.startsWith("/about") || path.startsWith("/ontology")
                || path.startsWith("/search") || path.startsWith("/.well-known/");
    }

    private static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (link.startsWith("http")) {
                if (!link.startsWith(root + "/")) {
                    continue; // another server's address is not this test's business
                }
                link = link.substring(root.length());
            }
            out.add(link);
        }
        return out;
    }

    private static String absolute(String url) {
        return URI.create(url).isAbsolute() ? url : root + url;
    }

    private static JsonObject json(String path) {
        HttpResponse<String> r = Http.get(root + path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.parse(r.body());
    }
}
