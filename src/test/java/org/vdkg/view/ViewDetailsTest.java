package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * The details of the /graph and /timeline views in headless Chromium on the real server: a clicked edge lists its
 * claims in words with source and paragraph, the legend names every node type, a filter re-fits the drawing, open
 * bounds are short fading bars, like rows are grouped with a count; all under the Content-Security-Policy with no
 * request leaving the server; and /graph/edge.json refuses hostile parameters.
 */
class ViewDetailsTest {

    private static final String SU = "https://w3id.org/vdkg/id/org/soviet-union";
    private static final String SCHOOL = "https://w3id.org/vdkg/id/org/central-public-security-school";
    private static final String DRAWN = "new Promise(resolve => { const check = () => document.body.dataset.rendered "
            + "? resolve(document.body.dataset.rendered) : setTimeout(check, 100); check(); })";

    private static String base;
    private static Browser browser;
    private static int from;

    @BeforeAll
    static void start() {
        base = ServedCopy.shared().base();
        browser = Browser.start();
        browser.beforeEveryPage(Browser.RECORD_VIOLATIONS);
        from = browser.eventCount();
    }

    /** Every page of the class ran under the policy and fetched from this server only. */
    @AfterAll
    static void nothingLeftTheServer() {
        try {
            String origin = base.replaceFirst("/$", "");
            List<Browser.Exchange> all = browser.exchanges(from, "");
            assertFalse(all.isEmpty());
            for (Browser.Exchange x : all) {
                assertTrue(x.url().startsWith(origin) || x.url().startsWith("about:") || x.url().startsWith("data:"),
                        "a request left the server: " + x);
            }
        } finally {
            browser.close();
        }
    }

    private static void open(String path) {
        browser.open(base + path);
        assertEquals("true", browser.evalString(DRAWN), path + " drew");
    }

    private static void noViolations(String what) {
        assertEquals(List.of(), browser.violations(), what);
    }

    /** A real click at page coordinates, through the browser's input pipeline. */
    private static void click(double x, double y) {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            JsonObject p = new JsonObject();
            p.put("type", type);
            p.put("x", JsonNumber.value(x));
            p.put("y", JsonNumber.value(y));
            p.put("button", "left");
            p.put("clickCount", 1);
            browser.send("Input.dispatchMouseEvent", p);
        }
    }

    private static double[] point(String expression) {
        JsonArray a = browser.eval(expression).getAsArray();
        return new double[] {a.get(0).getAsNumber().value().doubleValue(), a.get(1).getAsNumber().value().doubleValue()};
    }

    private static JsonObject json(String path) {
        HttpResponse<String> r = Http.get(base + path, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    @Test
    void clickingAnEdgeListsItsClaimsInWordsWithSourceAndParagraph() {
        open("graph");
        // Only the aid relations, so that the clicked point is the edge's alone; the filter re-fits the drawing.
        browser.evalString("(() => { document.querySelectorAll('#relations input').forEach(i => { i.checked = i.value === 'aid'; });"
                + " document.getElementById('filters').dispatchEvent(new Event('input')); return 'ok'; })()");
        String fit = browser.evalString("(() => { const cy = window.vdkgGraph; const bb = cy.elements(':visible').renderedBoundingBox();"
                + " const box = document.getElementById('cy');"
                + " return [bb.x1, bb.y1, bb.x2, bb.y2, box.clientWidth, box.clientHeight].map(Math.round).join(' '); })()");
        String[] f = fit.split(" ");
        double x1 = Double.parseDouble(f[0]);
        double y1 = Double.parseDouble(f[1]);
        double x2 = Double.parseDouble(f[2]);
        double y2 = Double.parseDouble(f[3]);
        double w = Double.parseDouble(f[4]);
        double h = Double.parseDouble(f[5]);
        assertTrue(x1 >= -2 && y1 >= -2 && x2 <= w + 2 && y2 <= h + 2, "the filtered network fits the drawing: " + fit);
        assertTrue(x2 - x1 > 0.6 * w || y2 - y1 > 0.6 * h, "and fills it: " + fit);

        double[] at = point("(() => { const cy = window.vdkgGraph; const e = cy.edges().filter(x => x.data('relation') === 'aid'"
                + " && x.source().data('iri') === '" + SU + "' && x.target().data('iri') === '" + SCHOOL + "')[0];"
                + " const m = e.renderedMidpoint(); const r = document.getElementById('cy').getBoundingClientRect();"
                + " return [r.left + m.x, r.top + m.y]; })()");
        click(at[0], at[1]);
        assertEquals("done", browser.evalString("new Promise(resolve => { const check = () => { const s = document.getElementById('details')"
                + ".dataset.state; (s === 'done' || s === 'error') ? resolve(s) : setTimeout(check, 100); }; check(); })"));
        String details = browser.evalString("document.getElementById('details').innerText");
        JsonArray claims = json("graph/edge.json?relation=aid&source=" + Http.encode(SU) + "&target=" + Http.encode(SCHOOL))
                .get("claims").getAsArray();
        assertFalse(claims.isEmpty());
        assertTrue(details.startsWith("Soviet Union — aid — Central Public Security School"), details);
        for (JsonValue c : claims) {
            JsonObject o = c.getAsObject();
            assertTrue(details.contains(o.getString("title")), o.getString("title") + " in " + details);
            JsonObject ev = o.get("evidence").getAsArray().get(0).getAsObject();
            assertTrue(details.contains(ev.getString("sourceTitle") + "; paragraph "
                    + ev.get("paragraphs").getAsArray().get(0)), "source and paragraph in " + details);
        }
        assertTrue(details.contains("Soviet Union → Central Public Security School: experts and training, early 1959"), details);
        assertTrue(details.contains("; paragraph 16"), details);
        assertEquals(String.valueOf(claims.size()), browser.evalString("document.querySelectorAll('#details li.claim').length + ''"));
        noViolations("graph");
    }

    @Test
    void theLegendNamesEveryNodeTypeAndRelationDrawn() {
        open("graph");
        JsonObject elements = json("graph.json").getObj("elements");
        Map<String, Integer> types = new TreeMap<>();
        elements.get("nodes").getAsArray().forEach(n -> types.merge(n.getAsObject().getObj("data").getString("type"), 1, Integer::sum));
        TreeSet<String> relations = new TreeSet<>();
        elements.get("edges").getAsArray().forEach(e -> relations.add(e.getAsObject().getObj("data").getString("relation")));
        List<String> legendTypes = new ArrayList<>();
        browser.eval("Array.from(document.querySelectorAll('#legend ul.types li')).map(li => li.textContent)").getAsArray()
                .forEach(v -> legendTypes.add(v.getAsString().value()));
        List<String> expected = new ArrayList<>();
        types.forEach((t, n) -> expected.add(t.replaceAll("([a-z])([A-Z])", "$1 $2") + " (" + n + ")"));
        assertEquals(expected, legendTypes);
        List<String> legendRelations = new ArrayList<>();
        browser.eval("Array.from(document.querySelectorAll('#legend ul.relations li')).map(li => li.textContent)").getAsArray()
                .forEach(v -> legendRelations.add(v.getAsString().value()));
        assertEquals(new ArrayList<>(relations), legendRelations);
        // Each type's swatch has the colour its nodes are drawn in.
        String mismatch = browser.evalString("(() => { const cy = window.vdkgGraph; const bad = [];"
                + " document.querySelectorAll('#legend ul.types li').forEach(li => { const t = li.textContent.replace(/ \\(\\d+\\)$/, '').replace(/ /g, '');"
                + " const n = cy.nodes().filter(x => x.data('type') === t)[0];"
                + " const c = getComputedStyle(li.querySelector('.swatch')).backgroundColor;"
                + " if (!n || n.style('background-color').replace(/ /g, '') !== c.replace(/ /g, '')) { bad.push(t + ' ' + c + ' ' + (n && n.style('background-color'))); } });"
                + " return bad.join('; '); })()");
        assertEquals("", mismatch);
        assertEquals(types.size(), Integer.parseInt(browser.evalString("new Set(Array.from(document.querySelectorAll("
                + "'#legend ul.types .swatch')).map(s => getComputedStyle(s).backgroundColor + s.className)).size + ''")),
                "each type told apart by colour or shape");
        noViolations("graph legend");
    }

    /** The rows /timeline should draw: claims of one kind, bounds and cited paragraphs together, with their counts. */
    private static Map<String, Integer> expectedRows(JsonArray events) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (JsonValue v : events) {
            JsonObject e = v.getAsObject();
            List<String> cited = new ArrayList<>();
            e.get("evidence").getAsArray().forEach(c -> {
                JsonObject o = c.getAsObject();
                List<String> ps = new ArrayList<>();
                o.get("paragraphs").getAsArray().forEach(p -> ps.add(p.toString()));
                cited.add(o.getString("source") + ":" + String.join(",", ps));
            });
            cited.sort(null);
            String key = e.getString("kind") + "|" + (e.hasKey("earliest") ? e.getString("earliest") : "") + "|"
                    + (e.hasKey("latest") ? e.getString("latest") : "") + "|" + String.join(" ", cited);
            rows.merge(key, 1, Integer::sum);
        }
        return rows;
    }

    @Test
    void timelineGroupsLikeRowsWithACountAndOpenBoundsStayShort() {
        open("timeline");
        JsonArray events = json("timeline.json").get("events").getAsArray();
        Map<String, Integer> rows = expectedRows(events);
        assertTrue(rows.values().stream().anyMatch(n -> n > 1), "the real data has rows to group: " + rows);
        List<Integer> expectedCounts = new ArrayList<>(rows.values());
        expectedCounts.sort(null);
        List<Integer> drawnCounts = new ArrayList<>();
        browser.eval("Array.from(document.querySelectorAll('#timeline g.event')).map(g => Number(g.dataset.count))").getAsArray()
                .forEach(v -> drawnCounts.add(v.getAsNumber().value().intValue()));
        drawnCounts.sort(null);
        assertEquals(expectedCounts, drawnCounts, "one row per group, with its count");
        String unlabelled = browser.evalString("Array.from(document.querySelectorAll('#timeline g.event')).filter(g => "
                + "Number(g.dataset.count) > 1 && !g.querySelector('text').textContent.includes(': ' + g.dataset.count + ' claims ('))"
                + ".map(g => g.querySelector('text').textContent).join(' | ')");
        assertEquals("", unlabelled, "a grouped row says how many claims it holds");

        // Open bounds: short bars, measured against the drawn axis, not the dates.
        double axisStart = Double.parseDouble(browser.evalString("document.querySelector('#timeline svg').dataset.axisStart"));
        double axisEnd = Double.parseDouble(browser.evalString("document.querySelector('#timeline svg').dataset.axisEnd"));
        JsonArray open = browser.eval("Array.from(document.querySelectorAll('#timeline g.event[data-open=\"end\"], "
                + "#timeline g.event[data-open=\"start\"]')).map(g => { const r = g.querySelector('rect.bar');"
                + " return [g.dataset.open, Number(r.getAttribute('x')), Number(r.getAttribute('width')), g.querySelectorAll('path.arrow').length]; })")
                .getAsArray();
        long openEvents = events.stream().filter(v -> !v.getAsObject().hasKey("earliest") || !v.getAsObject().hasKey("latest")).count();
        assertTrue(openEvents > 5 && open.size() > 5, "open-ended claims " + openEvents + ", bars " + open.size());
        double axis = axisEnd - axisStart;
        for (JsonValue v : open) {
            JsonArray bar = v.getAsArray();
            String side = bar.get(0).getAsString().value();
            double x = bar.get(1).getAsNumber().value().doubleValue();
            double width = bar.get(2).getAsNumber().value().doubleValue();
            assertTrue(width <= 0.06 * axis, "an open bar is short: " + width + " of an axis of " + axis);
            assertEquals(1, bar.get(3).getAsNumber().value().intValue(), "an open bar ends in an arrow");
            if (side.equals("end") && x < axisEnd - 0.1 * axis) {
                assertTrue(x + width < axisEnd - 0.05 * axis, "does not run to the axis end: " + x + "+" + width + " of " + axisEnd);
            }
            if (side.equals("start") && x > axisStart + 0.1 * axis) {
                assertTrue(x > axisStart + 0.05 * axis, "does not run back to the axis start: " + x);
            }
        }
        // The fading fill is the kind's colour from opaque to nearly transparent.
        assertEquals("0.05", browser.evalString("document.querySelector('#timeline linearGradient stop:last-child').getAttribute('stop-opacity')"));
        noViolations("timeline");
    }

    @Test
    void clickingATimelineRowListsItsClaimsWithTheirEvidence() {
        open("timeline");
        double[] at = point("(() => { const g = Array.from(document.querySelectorAll('#timeline g.event'))"
                + ".filter(g => Number(g.dataset.count) > 2)[0]; g.scrollIntoView({block: 'center'});"
                + " const r = g.querySelector('rect.bar').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()");
        click(at[0], at[1]);
        int count = Integer.parseInt(browser.evalString("Array.from(document.querySelectorAll('#timeline g.event'))"
                + ".filter(g => Number(g.dataset.count) > 2)[0].dataset.count"));
        assertEquals(String.valueOf(count), browser.evalString("document.getElementById('details').dataset.claims"));
        JsonArray items = browser.eval("Array.from(document.querySelectorAll('#details li.claim')).map(li => li.innerText)").getAsArray();
        assertEquals(count, items.size());
        for (JsonValue v : items) {
            String text = v.getAsString().value();
            assertTrue(text.matches("(?s).*\\nSource: .+; paragraph \\d+.*"), "evidence with source and paragraph: " + text);
        }
        noViolations("timeline details");
    }

    @Test
    void edgeJsonRefusesHostileParametersWithoutEchoingThem() {
        String ok = "graph/edge.json?relation=aid&source=" + Http.encode(SU) + "&target=" + Http.encode(SCHOOL);
        assertEquals(200, Http.get(base + ok, "application/json").statusCode());
        String script = "<script>alert(1)</script>";
        List<String> hostile = List.of(
                "graph/edge.json",
                "graph/edge.json?relation=aid",
                "graph/edge.json?relation=" + Http.encode(script) + "&source=" + Http.encode(SU) + "&target=" + Http.encode(SCHOOL),
                "graph/edge.json?relation=aid&source=" + Http.encode(script) + "&target=" + Http.encode(SCHOOL),
                "graph/edge.json?relation=aid&source=" + Http.encode("file:///etc/passwd") + "&target=" + Http.encode(SCHOOL),
                "graph/edge.json?relation=aid&source=" + Http.encode(SU + "> } ; DROP ALL ; #") + "&target=" + Http.encode(SCHOOL),
                "graph/edge.json?relation=aid&source=" + Http.encode("http://x/" + "a".repeat(5000)) + "&target=" + Http.encode(SCHOOL),
                ok + "&relation=training",
                ok + "&callback=" + Http.encode(script),
                ok + "&" + Http.encode(script) + "=1",
                "graph/edge.json?relation=aid&source=&target=");
        for (String path : hostile) {
            HttpResponse<String> r = Http.get(base + path, "application/json");
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertFalse(r.body().contains("<script") || r.body().contains("DROP") || r.body().contains("passwd"), path + ": " + r.body());
            assertTrue(JSON.parse(r.body()).hasKey("error"), r.body());
        }
        // An edge that does not exist is no error: it rests on no claim.
        HttpResponse<String> none = Http.get(base + "graph/edge.json?relation=aid&source=" + Http.encode(SCHOOL) + "&target="
                + Http.encode(SU), "application/json");
        assertEquals(200, none.statusCode());
        assertEquals(0, JSON.parse(none.body()).get("claims").getAsArray().size());
    }
}
