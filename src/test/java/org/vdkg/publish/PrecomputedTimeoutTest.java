package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * The values a server computes once from the whole dataset (home counts, the about page, the timeline) are not held to
 * the per-request query timeout, which is for clients' queries: on a server whose timeout cancels a client's whole-data
 * query, those pages still answer 200 with their figures (at 1000 copies of the data the home page's counts took longer
 * than the bench's 10 s timeout and were answered 500).
 */
class PrecomputedTimeoutTest {

    @Test
    void wholeDatasetPagesAnswerWhereAClientsQueryTimesOut() {
        try (ServedCopy s = ServedCopy.start(1, g -> g)) {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d }";
            HttpResponse<String> q = Http.get(s.sparql() + "?query=" + Http.encode(heavy), "application/sparql-results+json");
            assertNotEquals(200, q.statusCode(), "the 1 ms timeout holds for a client's query: " + q.body());
            HttpResponse<String> home = Http.get(s.base(), "text/html");
            assertEquals(200, home.statusCode(), home.body());
            assertTrue(home.body().matches("(?s).*<li><b>[1-9][\\d,]*</b>claims</li>.*"), home.body());
            for (String page : new String[] {"about", "timeline.json"}) {
                HttpResponse<String> r = Http.get(s.base() + page, page.endsWith(".json") ? "application/json" : "text/html");
                assertEquals(200, r.statusCode(), page + ": " + r.body());
            }
        }
    }
}
