package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/** A runaway query ends with 503, a request cannot raise the timeout, and the next query is answered in the only slot. */
class RunawayQueryTest {

    private static final long TIMEOUT_MS = 2_000;
    private static ServedCopy served;

    @BeforeAll
    static void start() {
        // One slot: the next query is answered only if the runaway one gave its thread back.
        served = ServedCopy.start(TIMEOUT_MS, g -> g.withConcurrency(1, 10_000));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } &timeout=3600",
        "SELECT (COUNT(*) AS ?n) { ?a (<urn:ex:p>|!<urn:ex:q>)* ?b . ?c ?d ?e . ?f ?g ?h }"})
    void aRunawayQueryIsStoppedWithinTheLimitAndTheNextIsAnswered(String query) {
        String[] parts = query.split(" &", 2);
        String url = served.sparql() + "?query=" + Http.encode(parts[0]) + (parts.length > 1 ? "&" + parts[1] : "");
        HttpResponse<String> r = Http.get(url, "text/csv");
        // The server's own verdict that the query ran out of time, not a clock in the test.
        assertEquals(503, r.statusCode(), r.body());
        assertEquals(served.built.totalTriples(), Http.count(served.sparql()), "the next query is answered normally");
    }
}
