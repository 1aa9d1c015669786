package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.support.ServedCopy;

/**
 * The warm-up of a read-only server, over HTTP on real servers: once it listens it asks every saved query and the
 * whole-dataset pages, so that a client's first ask of a saved query is a cache hit with the same bytes a cold server
 * sends, and the pages' values are computed; it is off with updates allowed and when not asked for, asks only the
 * pages without an answer cache, and stops with its server.
 */
class AnswerWarmerTest {

    private static final long BOUND_MILLIS = 180_000;

    private static ServedCopy warm;
    private static ServedCopy cold;
    private static List<SavedQuery> saved;

    @BeforeAll
    static void start() {
        warm = ServedCopy.start(30_000, g -> g.withWarming(true));
        cold = ServedCopy.start(30_000, g -> g.withAnswerCacheBytes(0));
        saved = new SavedQueryCatalogue(warm.layout.queriesDir()).list();
    }

    @AfterAll
    static void stop() {
        if (warm != null) {
            warm.close();
        }
        if (cold != null) {
            cold.close();
        }
    }

    /** Polls {@code $/cache} until the warm-up reports done; fails (not by time of a step, by a generous bound) if never. */
    static JsonObject awaitDone(ServedCopy s) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            JsonObject w = AnswerCacheTest.status(s).get("warming").getAsObject();
            assertTrue(w.get("enabled").getAsBoolean().value(), w.toString());
            if (w.get("done").getAsBoolean().value()) {
                return w;
            }
            Thread.sleep(100);
        }
        fail("the warm-up did not finish");
        return null;
    }

    static long number(JsonObject o, String field) {
        return o.get(field).getAsNumber().value().longValue();
    }

    @Test
    void everySavedQueryAndPageIsAskedAndKept() throws InterruptedException {
        JsonObject w = awaitDone(warm);
        assertTrue(saved.size() > 10, "the catalogue has saved queries");
        assertEquals(saved.size() + 3, number(w, "toAsk"), w.toString());
        assertEquals(number(w, "toAsk"), number(w, "asked"), w.toString());
        assertEquals(number(w, "toAsk"), number(w, "answered"), "every saved query and page answered 200: " + w);
        JsonObject answers = AnswerCacheTest.status(warm).get("answers").getAsObject();
        assertTrue(number(answers, "entries") >= saved.size(), "one kept answer per saved query: " + answers);
        JsonObject pages = AnswerCacheTest.status(warm).get("pages").getAsObject();
        for (String value : List.of("home", "explore", "about")) {
            assertTrue(pages.hasKey(value), value + " computed on start: " + pages);
            assertEquals(1, number(pages.get(value).getAsObject(), "computed"), value + ": " + pages);
        }
    }

    @Test
    void aFirstAskIsAHitWithTheBytesOfAColdServer() throws InterruptedException {
        awaitDone(warm);
        // A table as GET and as form POST, a network (CONSTRUCT) as Turtle: the warmer posted the form.
        SavedQuery table = saved.stream().filter(q -> q.id().equals("aid-by-donor")).findFirst().orElseThrow();
        SavedQuery other = saved.stream().filter(q -> q.id().equals("treaties-and-parties")).findFirst().orElseThrow();
        SavedQuery network = saved.stream().filter(q -> q.id().equals("aid-network")).findFirst().orElseThrow();
        long hits = number(AnswerCacheTest.status(warm).get("answers").getAsObject(), "hits");
        long misses = number(AnswerCacheTest.status(warm).get("answers").getAsObject(), "misses");
        String json = "application/sparql-results+json";
        assertArrayEquals(AnswerCacheTest.get(cold, table.text(), json).body(), AnswerCacheTest.get(warm, table.text(), json).body());
        assertArrayEquals(AnswerCacheTest.postForm(cold, other.text(), json).body(),
                AnswerCacheTest.postForm(warm, other.text(), json).body());
        var turtle = AnswerCacheTest.get(warm, network.text(), "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals(new String(AnswerCacheTest.get(cold, network.text(), "text/turtle").body(), java.nio.charset.StandardCharsets.UTF_8),
                new String(turtle.body(), java.nio.charset.StandardCharsets.UTF_8));
        JsonObject after = AnswerCacheTest.status(warm).get("answers").getAsObject();
        assertEquals(hits + 3, number(after, "hits"), after.toString());
        assertEquals(misses, number(after, "misses"), "no first ask ran the query: " + after);
    }

    @Test
    void offWhenNotAskedForOrWritableAndPagesOnlyWithoutACache() throws IOException, InterruptedException {
        Path passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, "keeper: correct-horse\n");
        try (ServedCopy plain = ServedCopy.start(30_000, g -> g);
                ServedCopy writable = ServedCopy.start(30_000, g -> g.withWarming(true).withUpdate(passwords));
                ServedCopy noCache = ServedCopy.start(30_000, g -> g.withWarming(true).withAnswerCacheBytes(0))) {
            for (ServedCopy s : List.of(plain, writable)) {
                JsonObject w = AnswerCacheTest.status(s).get("warming").getAsObject();
                assertFalse(w.get("enabled").getAsBoolean().value(), w.toString());
            }
            JsonObject w = awaitDone(noCache);
            assertEquals(3, number(w, "toAsk"), "no cache to keep answers in: only the pages are asked: " + w);
            assertEquals(3, number(w, "answered"), w.toString());
        } finally {
            Files.deleteIfExists(passwords);
        }
    }

    @Test
    void stopsWithItsServer() throws InterruptedException {
        awaitDone(warm);
        ServedCopy s = ServedCopy.start(30_000, g -> g.withWarming(true));
        s.close();
        long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
        while (warmingThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, warmingThreads(), "no warming thread outlives its server");
    }

    /** Warming threads alive in this JVM, other than a done one's (a done warmer's thread has ended). */
    private static long warmingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("vdkg-warm-answers")).count();
    }
}
