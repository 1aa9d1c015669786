package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * Evaluations that ARQ's timeout cannot stop, and values that grow without bound, on a server with a 2 s timeout
 * and one query slot: catastrophic regular expressions (REGEX, REPLACE, their function forms, constant-folded
 * while the query is planned) end with 503 like any timed-out query; string, integer and GROUP_CONCAT growth is
 * refused with 400 and the reason; sleeping and class-loading functions do not run. After each, a normal query is
 * answered 200 in the only slot, so no thread was left busy. Outcomes are asserted, never times.
 */
class RunawayEvaluationTest {

    private static final String A30 = "a".repeat(30) + "!";
    private static final String PREFIXES = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "PREFIX afn: <http://jena.apache.org/ARQ/function#> PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
            + "PREFIX sparql: <http://www.w3.org/ns/sparql#> PREFIX apf: <http://jena.apache.org/ARQ/property#> ";
    /** Above Jetty's 5 MB output buffer, so that a longer answer has started when it is cut. */
    private static final long ANSWER_BYTES = 6L * 1024 * 1024;
    private static ServedCopy served;

    @BeforeAll
    static void start() {
        served = ServedCopy.start(2_000, g -> g.withConcurrency(1, 5_000).withMaxAnswerBytes(ANSWER_BYTES));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** Regular expressions that backtrack for ever on a 31-character string. */
    static List<String> catastrophic() {
        List<String> qs = new ArrayList<>();
        for (String p : List.of("((a+)+)+$", "^(a+)+\\\\1$", "(.*){30}!x")) {
            qs.add("SELECT ?s { BIND(\"" + A30 + "\" AS ?s) FILTER(REGEX(?s, \"" + p + "\")) }");
            qs.add("SELECT ?r { BIND(\"" + A30 + "\" AS ?s) BIND(REPLACE(?s, \"" + p + "\", \"x\") AS ?r) }");
        }
        String p = "((a+)+)+$";
        qs.add("SELECT * { FILTER(REGEX(\"" + A30 + "\", \"" + p + "\")) }");
        qs.add("SELECT (REPLACE(\"" + A30 + "\", \"" + p + "\", \"x\", \"i\") AS ?r) { }");
        qs.add("SELECT ?s { BIND(CONCAT(\"" + "a".repeat(15) + "\", \"" + "a".repeat(15) + "!\") AS ?s) FILTER(REGEX(?s, \"" + p + "\", \"i\")) }");
        qs.add("SELECT ?s { BIND(\"" + A30 + "\" AS ?s) FILTER(fn:matches(?s, \"" + p + "\")) }");
        qs.add("SELECT ?r { BIND(\"" + A30 + "\" AS ?s) BIND(fn:replace(?s, \"" + p + "\", \"\") AS ?r) }");
        qs.add("SELECT ?s { BIND(\"" + A30 + "\" AS ?s) FILTER(sparql:regex(?s, \"" + p + "\")) }");
        qs.add("SELECT * { ?x ?y ?z } ORDER BY (REGEX(\"" + A30 + "\", \"" + p + "\")) LIMIT 1");
        qs.add("SELECT * { ?x ?y ?z FILTER EXISTS { BIND(\"" + A30 + "\" AS ?s) FILTER(REGEX(?s, \"" + p + "\")) } } LIMIT 1");
        qs.add("SELECT ?y (COUNT(*) AS ?n) { ?x ?y ?z } GROUP BY ?y HAVING (REGEX(CONCAT(\"" + A30 + "\", STR(COUNT(*))), \"" + p + "\"))");
        qs.add("SELECT * { { SELECT ?s { BIND(\"" + A30 + "\" AS ?s) FILTER(REGEX(?s, \"" + p + "\")) } } }");
        return qs;
    }

    /** Values that grow without bound in a few steps. */
    static List<String> growing() {
        List<String> qs = new ArrayList<>();
        StringBuilder concat = new StringBuilder("SELECT (STRLEN(?v30) AS ?n) { BIND(\"aaaaaaaa\" AS ?v0) ");
        StringBuilder len = new StringBuilder("SELECT ?n { BIND(\"aaaaaaaa\" AS ?v0) ");
        StringBuilder encode = new StringBuilder("SELECT (STRLEN(ENCODE_FOR_URI(?v16)) AS ?n) { BIND(\"\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\" AS ?v0) ");
        StringBuilder times = new StringBuilder("SELECT (STR(?v20) AS ?n) { BIND(99999999999 AS ?v0) ");
        StringBuilder fnConcat = new StringBuilder("SELECT (STRLEN(?v30) AS ?n) { BIND(\"aaaaaaaa\" AS ?v0) ");
        for (int i = 1; i <= 30; i++) {
            concat.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
            len.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
            fnConcat.append("BIND(fn:concat(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
            if (i <= 16) {
                // Half a million euro signs fit the limit; their URI encoding (9 characters each) does not.
                encode.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
            }
            if (i <= 20) {
                times.append("BIND(?v").append(i - 1).append(" * ?v").append(i - 1).append(" AS ?v").append(i).append(") ");
            }
        }
        qs.add(concat + "}");
        qs.add(len + "BIND(STRLEN(?v30) AS ?n) }");
        qs.add(fnConcat + "}");
        qs.add(encode + "}");
        qs.add(times + "}");
        qs.add("SELECT (STRLEN(?r) AS ?n) { BIND(\"" + "a".repeat(2000) + "\" AS ?s) BIND(REPLACE(?s, \"a\", \"" + "b".repeat(1000) + "\") AS ?r) }");
        qs.add("SELECT (STRLEN(?r) AS ?n) { BIND(\"" + "a".repeat(2000) + "\" AS ?s) BIND(REPLACE(REPLACE(?s, \"a\", \"" + "a".repeat(30)
                + "\"), \"a\", \"" + "a".repeat(30) + "\") AS ?r) }");
        qs.add("SELECT (STRLEN(GROUP_CONCAT(?x)) AS ?n) { ?s ?p ?o BIND(CONCAT(STR(?s), \"" + "x".repeat(2000) + "\") AS ?x) }");
        qs.add("SELECT (STRLEN(GROUP_CONCAT(DISTINCT ?x; SEPARATOR=\"" + "-".repeat(100) + "\")) AS ?n) { ?s ?p ?o BIND(CONCAT(STR(?s), STR(?o), \""
                + "x".repeat(1000) + "\") AS ?x) }");
        qs.add("SELECT (math:pow(10, 100000000) AS ?x) { }");
        qs.add("SELECT (sparql:multiply(?v, ?v) AS ?x) { BIND(math:pow(2, 60000) AS ?v) }");
        return qs;
    }

    /** Functions that sleep, print, read the server's context, format strings of any width, or load a class by IRI. */
    static List<String> absent() {
        return List.of("SELECT (afn:wait(60000) AS ?x) { }",
            "SELECT (<java:org.apache.jena.sparql.function.library.wait>(60000) AS ?x) { }",
            "SELECT (afn:sprintf(\"%999999999s\", \"x\") AS ?x) { }",
            "SELECT (afn:context(\"arq:queryTimeout\") AS ?x) { }",
            "SELECT (afn:print(\"x\") AS ?x) { }",
            "SELECT ?x { (\"a\" \"b\") apf:concat ?x }",
            "SELECT ?x { ?x apf:strSplit (\"a,b\" \",\") }",
            "SELECT (<http://w3id.org/awslabs/neptune/SPARQL-CDTs/List>(1, 2) AS ?x) { }");
    }

    private static HttpResponse<String> ask(String query) {
        return Http.send(HttpRequest.newBuilder(URI.create(served.sparql())).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(PREFIXES + query)));
    }

    /** The only slot is free: a normal query is answered (it would wait and get 503 behind a busy thread). */
    private static void nextQueryIsAnswered(String after) {
        assertEquals(200, ask("ASK { ?s ?p ?o }").statusCode(), "the slot is free after " + after);
    }

    @Test
    void catastrophicRegularExpressionsEndWith503AndFreeTheirThread() {
        List<String> qs = catastrophic();
        for (String q : qs) {
            HttpResponse<String> r = ask(q);
            assertEquals(503, r.statusCode(), q + " -> " + r.body());
            nextQueryIsAnswered(q);
        }
        System.out.println("catastrophic regex variants: " + qs.size() + ", each 503 then 200");
    }

    @Test
    void growingValuesAreRefusedWith400AndTheReason() {
        List<String> qs = growing();
        for (String q : qs) {
            HttpResponse<String> r = ask(q);
            assertTrue(r.statusCode() == 400 && r.body().contains("limit of this server"), q + " -> " + r.statusCode() + " " + r.body());
            nextQueryIsAnswered(q);
        }
        System.out.println("growing-value variants: " + qs.size() + ", each 400 then 200");
    }

    @Test
    void functionsThatSleepPrintOrLoadClassesAreNotThere() {
        List<String> qs = absent();
        for (String q : qs) {
            HttpResponse<String> r = ask(q);
            // An unknown function is an error value: the variable stays unbound (or the query is refused).
            assertTrue(r.statusCode() == 400 || (r.statusCode() == 200 && r.body().strip().equals("x")), q + " -> " + r.statusCode() + " " + r.body());
            nextQueryIsAnswered(q);
        }
        System.out.println("absent-function variants: " + qs.size());
    }

    @Test
    void theBoundedFunctionsGiveTheUsualAnswers() {
        HttpResponse<String> r = ask("SELECT (REGEX(\"Abc\", \"^a\", \"i\") AS ?a) (REPLACE(\"Hello\", \"l\", \"L\") AS ?b) "
                + "(LANG(REPLACE(\"Hallo\"@de, \"a\", \"e\")) AS ?c) (CONCAT(\"a\", \"b\") AS ?d) (ENCODE_FOR_URI(\"a b\") AS ?e) "
                + "(6 * 7 AS ?f) (fn:matches(\"abc\", \"B\", \"i\") AS ?g) (fn:replace(\"abc\", \"b\", \"$0$0\") AS ?h) "
                + "(math:pow(2, 10) AS ?i) (REPLACE(\"aaa\", \"x*\", \"-\") AS ?j) { }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("true,HeLLo,de,ab,a%20b,42,true,abbc,1024,-aaa", r.body().lines().toList().get(1));
        HttpResponse<String> g = ask("SELECT (GROUP_CONCAT(?x; SEPARATOR=\"|\") AS ?g) { VALUES ?x { \"a\" \"b\" } }");
        assertTrue(Set.of("a|b", "b|a").contains(g.body().lines().toList().get(1)), g.body());
    }

    @Test
    void anAnswerOverTheByteLimitIsCutNotEndedAsIfWhole() throws Exception {
        // 10,000 rows (the row cap) of about 1 KB each: 10 MB.
        String wide = "SELECT ?s (CONCAT(STR(?s), \"" + "x".repeat(1000) + "\") AS ?w) { ?s ?p ?o }";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        HttpRequest r = HttpRequest.newBuilder(URI.create(served.sparql() + "?query=" + Http.encode(wide))).header("Accept", "text/csv").build();
        boolean cut;
        try {
            HttpResponse<String> answer = client.send(r, HttpResponse.BodyHandlers.ofString());
            cut = answer.body().length() < ANSWER_BYTES + 1;
            assertTrue(answer.body().length() <= ANSWER_BYTES + 64 * 1024, "no more than the limit was sent");
        } catch (java.io.IOException aborted) {
            cut = true;
        }
        assertTrue(cut, "the 10 MB answer was cut");
        String narrow = "SELECT ?s (CONCAT(STR(?s), \"" + "x".repeat(100) + "\") AS ?w) { ?s ?p ?o } LIMIT 1000";
        HttpResponse<String> whole = Http.get(served.sparql() + "?query=" + Http.encode(narrow), "text/csv");
        assertEquals(200, whole.statusCode());
        assertEquals(1 + 1000, whole.body().lines().count(), "an answer under the limit is whole");
        nextQueryIsAnswered("a cut answer");
    }

    @Test
    void searchAndReconciliationWaitForTheSameSlotsAsQueries() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // Holds the only slot for the 2 s timeout; meanwhile a search waits up to 5 s for it, and gets it.
            java.util.concurrent.Future<HttpResponse<String>> busy = pool.submit(() -> ask(catastrophic().get(0)));
            Thread.sleep(300);
            HttpResponse<String> search = Http.get(served.base() + "search?q=giap&format=json", "application/json");
            assertEquals(503, busy.get().statusCode());
            assertEquals(200, search.statusCode(), search.body());
        } finally {
            pool.shutdownNow();
        }
        String ids = String.join(",", java.util.Collections.nCopies(500, "\"person/vo-nguyen-giap\""));
        String props = String.join(",", java.util.Collections.nCopies(14_000, "{\"id\":\"wikidata\"}"));
        String extend = "{\"ids\":[" + ids + "],\"properties\":[" + props + "]}";
        HttpResponse<String> r = Http.postForm(served.base() + "reconcile", "extend", extend, "application/json");
        // Over the request-size limit as a whole; a batch under it is answered with each property once.
        assertEquals(413, r.statusCode(), r.body());
        String small = "{\"ids\":[" + String.join(",", java.util.Collections.nCopies(20, "\"person/vo-nguyen-giap\"")) + "],\"properties\":["
                + String.join(",", java.util.Collections.nCopies(3_000, "{\"id\":\"wikidata\"}")) + "]}";
        HttpResponse<String> ok = Http.postForm(served.base() + "reconcile", "extend", small, "application/json");
        assertEquals(200, ok.statusCode(), ok.body());
        String many = small.replace("\"ids\":[", "\"ids\":[" + String.join(",", java.util.Collections.nCopies(480, "\"person/le-duan\"")) + ",");
        HttpResponse<String> bounded = Http.postForm(served.base() + "reconcile", "extend", many, "application/json");
        // 500 ids: answered, or stopped at the server's time limit (503) rather than running on.
        assertTrue(bounded.statusCode() == 200 || bounded.statusCode() == 503, bounded.statusCode() + " " + bounded.body());
        assertEquals(1, java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"wikidata\"").matcher(ok.body()).results().count(),
                "the property is listed once");
    }
}
