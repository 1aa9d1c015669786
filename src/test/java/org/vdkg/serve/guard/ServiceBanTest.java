package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.Listener;
import org.vdkg.support.ServedCopy;

/**
 * No query of any shape makes the server fetch a URL: every SERVICE shape (sub-queries, EXISTS and NOT EXISTS in
 * every clause, GRAPH, OPTIONAL, MINUS, UNION, VALUES, SILENT, variables, every query form, odd spelling), sent
 * every way the protocol allows, is refused with 400, and a listener playing an internal host receives nothing.
 * The ARQ context alone (without the 400 check) also makes no request.
 */
class ServiceBanTest {

    private static Listener listener;

    @BeforeAll
    static void listen() {
        listener = new Listener();
    }

    @AfterAll
    static void stop() {
        listener.close();
    }

    /** The SERVICE shapes; {@code URL} stands for the listener. */
    static List<String> shapes() {
        String s = "SERVICE <URL> { ?s ?p ?o }";
        return List.of(
            "SELECT * WHERE { " + s + " }",
            "SELECT * WHERE { { SELECT * WHERE { " + s + " } } }",
            "SELECT * WHERE { { SELECT * WHERE { { SELECT ?s WHERE { " + s + " } LIMIT 1 } } } }",
            "SELECT * WHERE { ?x ?y ?z FILTER EXISTS { " + s + " } } LIMIT 1",
            "SELECT * WHERE { ?x ?y ?z FILTER NOT EXISTS { " + s + " } } LIMIT 1",
            "SELECT * WHERE { ?x ?y ?z } ORDER BY (EXISTS { " + s + " }) LIMIT 5",
            "SELECT * WHERE { ?x ?y ?z BIND(EXISTS { " + s + " } AS ?b) } LIMIT 1",
            "SELECT ?y (COUNT(*) AS ?n) WHERE { ?x ?y ?z } GROUP BY ?y HAVING (EXISTS { " + s + " })",
            "SELECT ?y (SAMPLE(EXISTS { " + s + " }) AS ?e) WHERE { ?x ?y ?z } GROUP BY ?y",
            "SELECT (EXISTS { " + s + " } AS ?e) WHERE { }",
            "SELECT ?x WHERE { ?x ?y ?z } GROUP BY ?x (EXISTS { " + s + " })",
            "SELECT * WHERE { SERVICE SILENT <URL> { ?s ?p ?o } }",
            "SELECT * WHERE { VALUES ?svc { <URL> } SERVICE ?svc { ?s ?p ?o } }",
            "SELECT * WHERE { BIND(<URL> AS ?svc) SERVICE ?svc { ?s ?p ?o } }",
            "SELECT * WHERE { GRAPH ?g { " + s + " } }",
            "SELECT * WHERE { ?x ?y ?z OPTIONAL { " + s + " } } LIMIT 1",
            "SELECT * WHERE { ?x ?y ?z MINUS { " + s + " } } LIMIT 1",
            "SELECT * WHERE { { ?x ?y ?z } UNION { " + s + " } } LIMIT 1",
            "SELECT * WHERE { ?x <urn:p>* ?z . " + s + " } LIMIT 1",
            "SELECT * WHERE { ?x ?y ?z FILTER (?z = 1 || EXISTS { { SELECT * { " + s + " } } }) } LIMIT 1",
            "SELECT * WHERE { ?x ?y ?z FILTER (IF(true, EXISTS { " + s + " }, false)) } LIMIT 1",
            "ASK { " + s + " }",
            "CONSTRUCT { ?s ?p ?o } WHERE { " + s + " }",
            "DESCRIBE ?s WHERE { " + s + " }",
            "select * where { service <URL> { ?s ?p ?o } }",
            "SELECT*WHERE{SERVICE<URL>{?s?p?o}}",
            "SELECT * WHERE {\n\t# a comment\n  SeRvIcE\n\t<URL>\r\n { ?s ?p ?o } # another\n}",
            "PREFIX x: <URL> SELECT * WHERE { SERVICE x: { ?s ?p ?o } }",
            "BASE <URL> SELECT * WHERE { SERVICE <> { ?s ?p ?o } }");
    }

    @Test
    void theAlgebraCheckFindsServiceInEveryShape() {
        for (String q : shapes()) {
            assertTrue(ServiceBan.callsService(QueryFactory.create(q.replace("URL", listener.url("x")))), q);
        }
        assertTrue(!ServiceBan.callsService(QueryFactory.create("SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?p 1 } }")));
    }

    @Test
    void everyServiceShapeSentEveryWayIs400AndTheListenerGetsNothing() {
        ServedCopy served = ServedCopy.shared();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String shape : shapes()) {
            String q = shape.replace("URL", listener.url("internal/" + sent));
            List<HttpRequest.Builder> ways = List.of(
                HttpRequest.newBuilder(URI.create(served.sparql() + "?query=" + Http.encode(q))).GET(),
                HttpRequest.newBuilder(URI.create(served.sparql())).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(q))),
                HttpRequest.newBuilder(URI.create(served.sparql())).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(q)),
                HttpRequest.newBuilder(URI.create(served.base() + "vdkg?query=" + Http.encode(q))).GET());
            for (HttpRequest.Builder way : ways) {
                HttpResponse<String> r = Http.send(way.header("Accept", "application/sparql-results+json"));
                sent++;
                // The dataset's own path has no query endpoint: refused before the query is looked at.
                boolean datasetPath = !r.uri().getPath().endsWith("/sparql");
                if (r.statusCode() != 400 || !(datasetPath || r.body().contains("SERVICE"))) {
                    wrong.add(r.statusCode() + " " + r.body().strip() + " for " + q);
                }
            }
        }
        System.out.println("SERVICE shapes sent: " + sent + ", listener requests: " + listener.requests());
        assertTrue(wrong.isEmpty(), wrong.size() + " not refused, e.g. " + wrong);
        assertEquals(0, listener.requests(), "the listener was reached");
        assertEquals(200, Http.get(served.sparql() + "?query=" + Http.encode("ASK {}"), "*/*").statusCode());
    }

    @Test
    void theContextAloneMakesNoRequestWhenTheCheckIsBypassed() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.getDefaultGraph().add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
        ServiceBan.forbidIn(dsg.getContext());
        int refusals = 0;
        for (String shape : shapes()) {
            String q = shape.replace("URL", listener.url("bypass"));
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                // Refused with an exception, or (SILENT, or inside a FILTER) an answer without the remote part.
                if (qe.getQuery().isSelectType()) {
                    qe.select().materialize();
                } else if (qe.getQuery().isAskType()) {
                    qe.ask();
                } else if (qe.getQuery().isConstructType()) {
                    qe.construct();
                } else {
                    qe.describe();
                }
            } catch (RuntimeException refused) {
                refusals++;
            }
        }
        assertTrue(refusals >= shapes().size() / 2, "most shapes are refused outright: " + refusals);
        assertEquals(0, listener.requests(), "the listener was reached");
    }
}
