package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Chromium;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/**
 * The /graph and /timeline views on the real server over the real build: their JSON, their errors, and what
 * headless Chromium draws from them, unfiltered and filtered.
 */
class ViewsTest {

    private static final Pattern NODES = Pattern.compile("data-nodes=\"(\\d+)\"");
    private static final Pattern EDGES = Pattern.compile("data-edges=\"(\\d+)\"");
    private static final Pattern EVENTS = Pattern.compile("data-events=\"(\\d+)\"");
    private static final Pattern ROWS = Pattern.compile("data-rows=\"(\\d+)\"");

    private static String base;

    @BeforeAll
    static void start() {
        base = ServedCopy.shared().base();
    }

    private static int number(Pattern p, String dom) {
        Matcher m = p.matcher(dom);
        assertTrue(m.find(), p + " not in the page: " + dom.substring(0, Math.min(dom.length(), 3000)));
        return Integer.parseInt(m.group(1));
    }

    private static JsonObject json(String path) {
        HttpResponse<String> r = Http.get(base + path, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    @Test
    void graphJsonIsTheCytoscapeNetworkAndRejectsUnknownRelations() {
        JsonObject all = json("graph.json");
        int edges = all.getObj("elements").get("edges").getAsArray().size();
        JsonObject aid = json("graph.json?relation=aid");
        int aidEdges = aid.getObj("elements").get("edges").getAsArray().size();
        assertTrue(aidEdges > 0 && aidEdges < edges, aidEdges + " of " + edges);
        HttpResponse<String> bad = Http.get(base + "graph.json?relation=friendship", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("unknown relation type 'friendship'") && bad.body().contains("aid"), bad.body());
    }

    @Test
    void timelineJsonHasDatedEventsAndRejectsParameters() {
        var events = json("timeline.json").get("events").getAsArray();
        assertTrue(events.size() > 10, "events: " + events.size());
        for (var e : events) {
            JsonObject o = e.getAsObject();
            assertTrue(o.hasKey("earliest") || o.hasKey("latest"), o.toString());
        }
        assertEquals(400, Http.get(base + "timeline.json?from=x", "application/json").statusCode());
    }

    @Test
    void librariesComeFromTheJarAndPathsCannotClimbOut() {
        HttpResponse<String> lib = Http.get(base + "webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "*/*");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000);
        String page = Http.get(base + "graph", "text/html").body();
        assertTrue(page.contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js") && !page.contains("https://"),
                "the page loads its library from this server only");
        assertEquals(404, Http.get(base + "webjars/../org/vdkg/view/graph.html", "*/*").statusCode());
        assertEquals(404, Http.get(base + "view/nothing.js", "*/*").statusCode());
    }

    @Test
    void chromiumDrawsTheNetworkAndARelationFilterShowsLess() {
        String all = Chromium.dumpDom(base + "graph");
        assertTrue(all.contains("data-rendered=\"true\""), "the page finished drawing");
        assertTrue(all.contains("<canvas"), "Cytoscape drew on a canvas");
        int nodes = number(NODES, all);
        int edges = number(EDGES, all);
        JsonObject network = json("graph.json").getObj("elements");
        assertEquals(network.get("nodes").getAsArray().size(), nodes, "every actor drawn");
        assertEquals(network.get("edges").getAsArray().size(), edges, "every relation drawn");

        String aid = Chromium.dumpDom(base + "graph?relation=aid");
        JsonObject aidOnly = json("graph.json?relation=aid").getObj("elements");
        assertEquals(aidOnly.get("edges").getAsArray().size(), number(EDGES, aid), "only aid relations drawn");
        assertEquals(aidOnly.get("nodes").getAsArray().size(), number(NODES, aid), "only actors with aid drawn");

        String fifties = Chromium.dumpDom(base + "graph?from=1950&to=1954&undated=0");
        assertTrue(number(EDGES, fifties) > 0 && number(EDGES, fifties) < edges, "a time window shows fewer relations");
    }

    @Test
    void chromiumDrawsTheTimelineAndAWindowShowsLess() {
        String all = Chromium.dumpDom(base + "timeline");
        assertTrue(all.contains("data-rendered=\"true\""), "the page finished drawing");
        int events = number(EVENTS, all);
        assertEquals(json("timeline.json").get("events").getAsArray().size(), events, "every dated claim drawn");
        assertEquals(number(ROWS, all), count(all, "class=\"event"), "one bar per row (claims alike share one)");
        assertTrue(number(ROWS, all) < events, "some claims share a row");
        String window = Chromium.dumpDom(base + "timeline?from=1950&to=1954");
        int shown = number(EVENTS, window);
        assertTrue(shown > 0 && shown < events, shown + " of " + events);
        assertEquals(number(ROWS, window), count(window, "class=\"event"));
        String visits = Chromium.dumpDom(base + "timeline?kind=Visit");
        assertTrue(number(EVENTS, visits) < events);
    }

    /** Screenshots for the README (docs/img holds copies); a blank page would be a tiny PNG. */
    @Test
    void screenshotsOfBothViews() throws Exception {
        Path out = TestProject.REPO.resolve("target").resolve("view-screenshots");
        Files.createDirectories(out);
        for (String view : new String[] {"graph", "timeline"}) {
            Path png = out.resolve(view + ".png");
            Chromium.screenshot(base + view, png);
            assertTrue(Files.size(png) > 20_000, view + " screenshot looks empty: " + Files.size(png) + " bytes");
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
