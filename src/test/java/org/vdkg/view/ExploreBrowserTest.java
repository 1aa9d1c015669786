package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Browser;
import org.vdkg.support.Chromium;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/**
 * /explore in headless Chromium on the real server: every tab draws the filtered set, the filter state round-trips
 * through the URL (clicking a facet, reloading, the back button), no request leaves the server and the
 * Content-Security-Policy is never violated. Writes docs/screenshots/explore.png with -Dvdkg.writeScreenshots=true.
 */
class ExploreBrowserTest {

    private static final String UNTIL_DRAWN = "new Promise(resolve => { const check = () => "
        + "['true', 'error'].includes(document.body.dataset.rendered) ? resolve(document.body.dataset.rendered) "
        + ": setTimeout(check, 100); check(); })";
    private static final String FILTER = "kind=AidProvision&kind=TrainingProgramme&kind=ProjectSupport&kind=Visit";

    private static String base;

    @BeforeAll
    static void start() {
        base = ServedCopy.shared().base();
    }

    private static JsonObject json(String path) {
        return JSON.parse(Http.get(base + path, "application/json").body());
    }

    private static int total(JsonObject answer) {
        return answer.get("total").getAsNumber().value().intValue();
    }

    private static String drawn(Browser b) {
        assertEquals("true", b.evalString(UNTIL_DRAWN), "the page drew: " + b.evalString("document.getElementById('status').textContent"));
        return b.evalString("document.body.dataset.drawn");
    }

    @Test
    void everyTabDrawsTheFilteredSetFromThisServerOnly() {
        JsonObject answer = json("explore.json?" + FILTER + "&view=network");
        int total = total(answer);
        assertTrue(total > 10 && total < total(json("explore.json")), "a real filter: " + total);
        int dated = 0;
        Set<String> iris = new HashSet<>();
        for (JsonValue r : answer.get("results").getAsArray()) {
            iris.add(r.getAsObject().getString("iri"));
            if (r.getAsObject().hasKey("earliest") || r.getAsObject().hasKey("latest")) {
                dated++;
            }
        }
        int places = 0;
        for (JsonValue f : json("map.json").get("features").getAsArray()) {
            for (JsonValue c : f.getAsObject().getObj("properties").get("claims").getAsArray()) {
                if (iris.contains(c.getAsObject().getString("iri"))) {
                    places++;
                    break;
                }
            }
        }
        int nodes = answer.getObj("network").get("nodes").getAsNumber().value().intValue();
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(Browser.RECORD_VIOLATIONS);
            int mark = b.eventCount();
            b.open(base + "explore?" + FILTER);
            assertEquals(String.valueOf(total), drawn(b), "list");
            assertEquals(String.valueOf(total), b.evalString("String(document.querySelectorAll('ol.claims li').length)"));
            assertTrue(b.evalString("document.querySelector('ol.claims li').textContent").contains("paragraph"),
                "each claim shows its evidence");
            for (String[] tab : new String[][] {{"table", String.valueOf(total), "table.claims tr[data-claim]"},
                    {"network", String.valueOf(nodes), "#explore-cy canvas"}, {"timeline", String.valueOf(dated), ".tl-row"},
                    {"map", String.valueOf(places), ".place-marker"}}) {
                b.evalString("document.querySelector('#tabs button[data-view=\"" + tab[0] + "\"]').click(); 'ok'");
                assertEquals(tab[1], drawn(b), tab[0]);
                assertEquals(tab[0], b.evalString("new URLSearchParams(location.search).get('view')"), "the tab is in the URL");
                assertTrue(Integer.parseInt(b.evalString("String(document.querySelectorAll('" + tab[2] + "').length)")) > 0,
                    tab[0] + " drew " + tab[2]);
            }
            assertTrue(nodes > 0 && dated > 0 && places > 0, nodes + " " + dated + " " + places);
            assertEquals(List.of(), b.violations());
            List<String> away = new ArrayList<>();
            b.exchanges(mark, "").forEach(x -> {
                if (!x.url().startsWith(base) && !x.url().startsWith("data:")) {
                    away.add(x.url());
                }
            });
            assertEquals(List.of(), away, "requests that left the server");
            assertTrue(b.exchanges(mark, base + "explore.json").size() >= 5, "each tab asked the server");
        }
    }

    @Test
    void aShortFacetListSaysHowManyMoreAndListsMoreOnAClick() {
        String actors = "document.querySelectorAll('input[data-facet=\"actor\"]').length";
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(Browser.RECORD_VIOLATIONS);
            b.open(base + "explore?facetLimit=2");
            drawn(b);
            assertEquals("2", b.evalString("String(" + actors + ")"));
            String more = b.evalString("document.querySelector('fieldset[data-facet=\"actor\"] li.more').textContent");
            long left = json("explore.json?facetLimit=2").getObj("facets").getObj("actor").get("more").getAsNumber().value().longValue();
            assertTrue(more.startsWith(left + " more"), more);
            b.evalString("document.querySelector('fieldset[data-facet=\"actor\"] li.more button').click(); 'ok'");
            drawn(b);
            assertEquals("?facetLimit=10", b.evalString("location.search"));
            assertEquals("10", b.evalString("String(" + actors + ")"));
            assertEquals(List.of(), b.violations());
        }
    }

    @Test
    void theFilterStateRoundTripsThroughTheUrl() {
        int all = total(json("explore.json"));
        int aid = total(json("explore.json?kind=AidProvision"));
        try (Browser b = Browser.start()) {
            b.beforeEveryPage(Browser.RECORD_VIOLATIONS);
            b.open(base + "explore");
            assertEquals(String.valueOf(all), drawn(b));
            b.evalString("document.querySelector('input[data-facet=\"kind\"][value=\"AidProvision\"]').click(); 'ok'");
            assertEquals(String.valueOf(aid), drawn(b));
            assertEquals("?kind=AidProvision", b.evalString("location.search"));
            b.evalString("document.getElementById('from').value = '1950'; document.getElementById('to').value = '1960';"
                + " document.getElementById('apply-time').click(); 'ok'");
            int window = total(json("explore.json?kind=AidProvision&from=1950&to=1960"));
            assertEquals(String.valueOf(window), drawn(b));
            assertEquals("?kind=AidProvision&from=1950&to=1960", b.evalString("location.search"));
            // A reload keeps the filters: they live in the URL.
            b.open(b.evalString("location.href"));
            assertEquals(String.valueOf(window), drawn(b));
            assertEquals("true", b.evalString("String(document.querySelector('input[data-facet=\"kind\"][value=\"AidProvision\"]').checked)"));
            assertEquals("1950", b.evalString("document.getElementById('from').value"));
            // Back goes to the previous filter state, twice back to none.
            b.evalString("history.back(); 'ok'");
            b.evalString("new Promise(r => setTimeout(r, 300))");
            assertEquals(String.valueOf(aid), drawn(b));
            assertEquals("?kind=AidProvision", b.evalString("location.search"));
            b.evalString("history.back(); 'ok'");
            b.evalString("new Promise(r => setTimeout(r, 300))");
            assertEquals(String.valueOf(all), drawn(b));
            assertEquals("", b.evalString("location.search"));
            // A wrong value shows the server's reason instead of a page that pretends.
            b.open(base + "explore?kind=Nope");
            assertEquals("error", b.evalString(UNTIL_DRAWN));
            assertTrue(b.evalString("document.getElementById('status').textContent").contains("unknown kind 'Nope'"));
            assertEquals(List.of(), b.violations());
        }
    }

    /** The README's screenshot, written into docs/screenshots only when asked to (else into target/). */
    @Test
    void screenshot() throws Exception {
        boolean write = Boolean.getBoolean("vdkg.writeScreenshots");
        Path dir = write ? TestProject.REPO.resolve("docs").resolve("screenshots")
            : TestProject.REPO.resolve("target").resolve("screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve("explore.png");
        Chromium.screenshot(base + "explore?kind=AidProvision&kind=TrainingProgramme&from=1950&to=1980", png);
        assertTrue(Files.size(png) > 30_000, "the screenshot looks empty: " + Files.size(png) + " bytes");
    }
}
