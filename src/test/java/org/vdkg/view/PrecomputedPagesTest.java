package org.vdkg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.vdkg.network.NetworkExporter;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * The pages' whole-dataset figures (home counts, the landing page, explorer index, network, timeline and map JSON)
 * are computed once by a read-only server and served from then on, equal to a fresh computation; with updates
 * allowed they are computed on every request. Checked by the counts of {@code /$/cache}, never by time.
 */
class PrecomputedPagesTest {

    private static final List<String> PATHS = List.of("", "about", "graph.json", "graph.json?relation=aid",
            "timeline.json", "map.json", "explore.json", "explore.json?kind=AidProvision");
    private static final Map<String, String> NAMES = Map.of("", "home", "about", "about", "graph.json", "graph.json",
            "timeline.json", "timeline.json", "map.json", "map.json", "explore.json", "explore");

    private static String get(ServedCopy s, String path) {
        HttpResponse<String> r = Http.get(s.base() + path, path.isEmpty() || path.equals("about") ? "text/html" : "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static JsonObject pages(ServedCopy s) {
        return JSON.parse(Http.get(s.base() + "$/cache", "application/json").body()).get("pages").getAsObject();
    }

    private static long count(JsonObject pages, String name, String field) {
        assertTrue(pages.hasKey(name), name + " not in " + pages);
        return pages.get(name).getAsObject().get(field).getAsNumber().value().longValue();
    }

    @Test
    void aReadOnlyServerComputesOnceAndAnswersAsAFreshComputation() {
        ServedCopy served = ServedCopy.shared();
        for (int round = 0; round < 2; round++) {
            for (String path : PATHS) {
                get(served, path);
            }
        }
        JsonObject pages = pages(served);
        for (String name : NAMES.values()) {
            assertEquals(1, count(pages, name, "computed"), name + " in " + pages);
            assertTrue(count(pages, name, "reused") >= 1, name + " in " + pages);
            assertTrue(pages.get(name).getAsObject().get("kept").getAsBoolean().value());
        }
        Dataset ds = TDB2Factory.connectDataset(served.built.database().toString());
        assertEquals(NetworkExporter.cytoscapeJson(NetworkExporter.network(ds)), get(served, "graph.json"));
        assertEquals(TimelineReader.read(ds).toString(), get(served, "timeline.json"));
        assertEquals(NetworkExporter.geoJson(ds), get(served, "map.json"));
        assertEquals(ExploreServlet.answer(ds.asDatasetGraph(), Map.of("kind", new String[] {"AidProvision"})).toString(),
                get(served, "explore.json?kind=AidProvision"));
    }

    @Test
    void withUpdatesAllowedEachRequestComputesAndAnswersTheSame() throws Exception {
        Path passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, "keeper: correct-horse\n");
        try (ServedCopy writable = ServedCopy.start(30_000, g -> g.withUpdate(passwords))) {
            ServedCopy readOnly = ServedCopy.shared();
            for (String path : List.of("graph.json", "graph.json?relation=aid", "timeline.json", "map.json",
                    "explore.json", "explore.json?kind=AidProvision")) {
                assertEquals(get(readOnly, path), get(writable, path), path);
            }
            for (String path : List.of("", "about", "graph.json", "timeline.json", "map.json", "explore.json")) {
                get(writable, path);
            }
            JsonObject pages = pages(writable);
            for (String name : NAMES.values()) {
                assertFalse(pages.get(name).getAsObject().get("kept").getAsBoolean().value(), name);
                assertEquals(0, count(pages, name, "reused"), name + " in " + pages);
            }
            // Two requests each of the JSON (one with a relation filter for graph.json), one of the pages.
            assertEquals(2, count(pages, "timeline.json", "computed"));
            assertEquals(3, count(pages, "explore", "computed"));
            assertEquals(1, count(pages, "home", "computed"));
        } finally {
            Files.deleteIfExists(passwords);
        }
    }
}
