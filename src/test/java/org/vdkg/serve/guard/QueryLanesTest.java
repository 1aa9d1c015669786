package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.support.ServedCopy;
import org.vdkg.support.TestProject;

/**
 * Fair lanes over HTTP: with two slots, a real slow query (a cross-join, bounded by a timeout) holds the slow lane;
 * a second unknown query finds it full and gets 503, while saved queries and kept answers are still answered 200.
 * The test asserts on status codes and on what the status endpoint says runs, never on time.
 */
class QueryLanesTest {

    /** Long enough that the slow query is still running when the cheap ones are done; the test checks that it was. */
    private static final long TIMEOUT_MS = 12_000;
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static JsonObject lanes(ServedCopy s) {
        return AnswerCacheTest.status(s).get("lanes").getAsObject();
    }

    private static long lane(ServedCopy s, String field) {
        return lanes(s).get(field).getAsNumber().value().longValue();
    }

    @Test
    void aSlowQueryHoldsOnlyTheSlowLane() throws Exception {
        List<SavedQuery> saved = new SavedQueryCatalogue(TestProject.REPO.resolve("queries")).list();
        try (ServedCopy served = ServedCopy.start(TIMEOUT_MS, g -> g.withConcurrency(2, 500))) {
            assertEquals(2, lane(served, "slots"));
            assertEquals(1, lane(served, "slowSlots"));
            String kept = "SELECT ?p WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p";
            assertEquals(200, AnswerCacheTest.get(served, kept, "text/csv").statusCode());

            CompletableFuture<HttpResponse<byte[]>> slow = CompletableFuture.supplyAsync(
                    () -> AnswerCacheTest.postForm(served, CROSS_JOIN, "text/csv"));
            for (int i = 0; i < 600 && lane(served, "slowRunning") == 0; i++) {
                Thread.sleep(50);
            }
            assertEquals(1, lane(served, "slowRunning"), "the slow query did not start");

            // Another query not known cheap waits for the slow lane, which stays full: 503.
            HttpResponse<byte[]> second = AnswerCacheTest.get(served, CROSS_JOIN.replace("?i }", "?i . ?j ?k ?l }"), "text/csv");
            assertEquals(503, second.statusCode());
            assertTrue(second.headers().firstValue("retry-after").isPresent());
            assertEquals(1, lane(served, "slowRefused"));

            // Saved queries take the cheap lane; a kept answer takes no slot at all.
            long cheapRun = lane(served, "cheapRun");
            for (SavedQuery q : saved.subList(0, 5)) {
                HttpResponse<byte[]> r = AnswerCacheTest.postForm(served, q.text(), "application/sparql-results+json");
                assertEquals(200, r.statusCode(), q.id());
            }
            assertEquals(cheapRun + 5, lane(served, "cheapRun"));
            long hits = AnswerCacheTest.answers(served, "hits");
            assertEquals(200, AnswerCacheTest.get(served, kept, "text/csv").statusCode());
            assertEquals(hits + 1, AnswerCacheTest.answers(served, "hits"));
            assertEquals(0, lane(served, "cheapRefused"));

            // All of it happened while the slow query held its lane.
            assertEquals(1, lane(served, "slowRunning"), "the slow query ended before the cheap ones were asked");
            long entries = AnswerCacheTest.answers(served, "entries");
            HttpResponse<byte[]> ended = slow.get();
            assertNotEquals(200, ended.statusCode(), "the cross-join ends by the timeout");
            assertEquals(0, lane(served, "slowRunning"));
            // Its failure is not kept.
            assertEquals(entries, AnswerCacheTest.answers(served, "entries"));
        }
    }
}
