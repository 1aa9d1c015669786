package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.support.ServedCopy;

/** Many clients running the saved queries at once all get the answers a lone client gets. */
class ConcurrentQueriesTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 1;
    /**
     * How many saved queries the clients run: the fastest ones alone (one takes seconds), to keep the test short. The
     * time only picks them; the test asserts nothing about time.
     */
    private static final int MIX = 50;

    @Test
    void manyClientsAtOnceGetTheSameAnswersAsOne() throws Exception {
        List<SavedQuery> queries = new SavedQueryCatalogue(TestProject.REPO.resolve("queries")).list();
        assertTrue(queries.size() >= 50, "the saved-query mix");
        try (ServedCopy served = ServedCopy.start(30_000, g -> g)) {
            Map<String, List<String>> expected = new LinkedHashMap<>();
            Map<String, Long> nanos = new LinkedHashMap<>();
            for (SavedQuery q : queries) {
                long start = System.nanoTime();
                expected.put(q.id(), answer(served.sparql(), q.text()));
                nanos.put(q.id(), System.nanoTime() - start);
            }
            List<SavedQuery> fast = queries.stream().sorted(java.util.Comparator.comparing(q -> nanos.get(q.id()))).limit(MIX).toList();
            assertEquals(MIX, fast.size());
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Integer>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    long seed = c;
                    clients.add(pool.submit(() -> {
                        List<SavedQuery> mine = new ArrayList<>(fast);
                        int asked = 0;
                        for (int round = 0; round < ROUNDS; round++) {
                            Collections.shuffle(mine, new Random(seed * 31 + round));
                            for (SavedQuery q : mine) {
                                List<String> got = answer(served.sparql(), q.text());
                                if (!got.equals(expected.get(q.id()))) {
                                    wrong.add(q.id() + ": " + got);
                                }
                                asked++;
                            }
                        }
                        return asked;
                    }));
                }
                int total = 0;
                for (Future<Integer> f : clients) {
                    total += f.get();
                }
                assertEquals(CLIENTS * ROUNDS * fast.size(), total);
            } finally {
                pool.shutdownNow();
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g. " + wrong.peek());
        }
    }

    /** The CSV answer's lines, sorted (saved queries without ORDER BY may list rows in any order). */
    private static List<String> answer(String sparql, String query) {
        HttpResponse<String> r = Http.postForm(sparql, "query", query, "text/csv");
        if (r.statusCode() != 200) {
            return List.of("HTTP " + r.statusCode() + " " + r.body());
        }
        List<String> lines = new ArrayList<>(r.body().lines().toList());
        Collections.sort(lines);
        return lines;
    }
}
