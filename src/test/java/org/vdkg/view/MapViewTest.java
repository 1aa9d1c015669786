package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Chromium;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/**
 * The /map view on the real server over the real build: /map.json, and what headless Chromium draws from it (every
 * located place a marker, a place's pop-up with its claims) with no request leaving the server.
 */
class MapViewTest {

    private static String base;
    private static JsonArray features;

    @BeforeAll
    static void start() {
        base = ServedCopy.shared().base();
        HttpResponse<String> r = Http.get(base + "map.json", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        features = JSON.parse(r.body()).get("features").getAsArray();
    }

    private static Set<String> placeIds() {
        Set<String> ids = new TreeSet<>();
        features.forEach(f -> ids.add(f.getAsObject().getObj("properties").getString("id")));
        return ids;
    }

    private static String origin() {
        URI u = URI.create(base);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    @Test
    void mapJsonHoldsTheGazetteerPlacesAndRefusesParameters() {
        assertTrue(placeIds().containsAll(Set.of("place.kunming", "place.ha-dong", "place.dien-bien-phu")), placeIds().toString());
        for (var f : features) {
            JsonObject p = f.getAsObject().getObj("properties");
            assertTrue(p.getString("geonamesId").matches("\\d+"), p.toString());
        }
        for (String q : new String[] {"?place=x", "?callback=alert", "?format=geojson&x=%3Cscript%3E"}) {
            HttpResponse<String> bad = Http.get(base + "map.json" + q, "application/json");
            assertEquals(400, bad.statusCode(), q);
            assertFalse(bad.body().contains("<script>") || bad.body().contains("alert"), "no reflection: " + bad.body());
        }
    }

    @Test
    void thePageAndItsLibrariesComeFromThisServerWithoutInlineScript() {
        String page = Http.get(base + "map", "text/html").body();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page);
        int n = 0;
        while (scripts.find()) {
            n++;
            assertTrue(scripts.group(1).contains("src=\"/"), "every script is a file of this server: " + scripts.group());
        }
        assertEquals(2, n, "Leaflet and map.js");
        assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page).find(), "no inline handlers");
        assertFalse(page.contains("://"), "no absolute URL to another site");
        assertEquals(200, Http.get(base + "webjars/leaflet/1.9.4/dist/leaflet.js", "*/*").statusCode());
        JsonObject outlines = JSON.parse(Http.get(base + "view/world-110m.json", "application/json").body());
        assertTrue(outlines.get("features").getAsArray().size() > 100, "the world's country outlines");
        assertTrue(outlines.getObj("source").getString("data").contains("public domain"), "their origin and terms");
    }

    @Test
    void chromiumDrawsEveryPlaceAndNoRequestLeavesTheServer() throws Exception {
        Path netLog = Files.createTempFile("vdkg-netlog-", ".json");
        try {
            String dom = Chromium.dumpDom(base + "map", netLog);
            assertTrue(dom.contains("data-rendered=\"true\""), "the page finished drawing: " + status(dom));
            Matcher places = Pattern.compile("data-places=\"(\\d+)\"").matcher(dom);
            assertTrue(places.find());
            assertEquals(features.size(), Integer.parseInt(places.group(1)), "every place with coordinates");
            Set<String> drawn = new TreeSet<>();
            Matcher m = Pattern.compile("class=\"place-marker[^\"]*\"[^>]*data-place=\"([^\"]+)\"").matcher(dom);
            while (m.find()) {
                drawn.add(m.group(1));
            }
            assertEquals(placeIds(), drawn, "one marker per place");
            assertTrue(dom.contains("Natural Earth"), "the outlines are credited");

            List<String> requests = Chromium.pageRequests(netLog, origin());
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("/map.json")), requests.toString());
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("/leaflet.js")), requests.toString());
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("/view/world-110m.json")), requests.toString());
            for (String u : requests) {
                assertEquals(origin(), u.replaceFirst("^(https?://[^/]+).*$", "$1"), "a request left the server: " + u);
            }
        } finally {
            Files.deleteIfExists(netLog);
        }
    }

    @Test
    void aPlacesPopUpShowsItsNameAndLinksToEachOfItsClaims() {
        JsonObject kunming = features.stream().map(f -> f.getAsObject().getObj("properties"))
                .filter(p -> p.getString("id").equals("place.kunming")).findFirst().orElseThrow();
        String dom = Chromium.dumpDom(base + "map?place=place.kunming");
        int at = dom.indexOf("class=\"place-popup\"");
        assertTrue(at > 0, "the pop-up is open: " + status(dom));
        String popup = dom.substring(at, dom.indexOf("</ul>", at));
        assertTrue(popup.contains(">Kunming</a>") && popup.contains("Côn Minh"), popup);
        assertTrue(popup.contains("1804651"), "its GeoNames id: " + popup);
        JsonArray claims = kunming.get("claims").getAsArray();
        assertTrue(claims.size() > 0);
        for (var c : claims) {
            assertTrue(popup.contains("href=\"" + c.getAsObject().getString("path") + "\""), "links " + c + " in " + popup);
        }
    }

    @Test
    void anUnknownOrHostilePlaceParameterOpensNothingAndRunsNothing() {
        for (String q : new String[] {"?place=place.nowhere", "?place=%3Cimg%20src%3Dx%3E", "?place=%22%3E%3Cscript%3E"}) {
            String dom = Chromium.dumpDom(base + "map" + q);
            assertTrue(dom.contains("data-rendered=\"true\""), q + ": " + status(dom));
            assertFalse(dom.contains("class=\"place-popup\""), q + " opened a pop-up");
            assertFalse(dom.contains("<img src=\"x\"") || dom.contains("\"><script>"), q + " reached the DOM");
        }
    }

    /** A screenshot for the README (docs/img holds a copy); a blank page would be a tiny PNG. */
    @Test
    void screenshotOfTheMap() throws Exception {
        Path out = TestProject.REPO.resolve("target").resolve("view-screenshots");
        Files.createDirectories(out);
        Path png = out.resolve("map.png");
        Chromium.screenshot(base + "map?place=place.kunming", png);
        assertTrue(Files.size(png) > 20_000, "map screenshot looks empty: " + Files.size(png) + " bytes");
    }

    private static String status(String dom) {
        Matcher m = Pattern.compile("id=\"status\"[^>]*>([^<]*)<").matcher(dom);
        return m.find() ? m.group(1) : dom.substring(0, Math.min(2000, dom.length()));
    }
}
