package org.vdkg.scratch;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

class ProbeScratchTest {
    @Test
    void probe() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> { hits.incrementAndGet(); byte[] b = "<a> <b> <c> .".getBytes(); ex.sendResponseHeaders(200, b.length); ex.getResponseBody().write(b); ex.close(); });
        listener.start();
        String L = "http://127.0.0.1:" + listener.getAddress().getPort() + "/x";
        try (ServedCopy s = ServedCopy.start(2_000, g -> g.withConcurrency(2, 1000))) {
            List<String> qs = Files.readAllLines(Path.of(System.getProperty("probe.file", "/tmp/probe.txt")));
            for (String q : qs) {
                if (q.isBlank()) continue;
                q = q.replace("LISTENER", L);
                String extra = "";
                if (q.startsWith("&")) { int sp = q.indexOf(' '); extra = q.substring(0, sp); q = q.substring(sp + 1); }
                long t = System.nanoTime();
                int hb = hits.get();
                HttpResponse<String> r;
                try {
                    if (q.startsWith("RAW")) r = Http.get(s.sparql() + q.substring(3).strip(), "*/*");
                    else if (q.startsWith("POST")) r = Http.postForm(s.sparql(), "query", q.substring(4), "text/csv");
                    else r = Http.get(s.sparql() + "?query=" + Http.encode(q) + extra, "text/csv");
                } catch (RuntimeException e) { System.out.println("PROBE EXC " + e + " for " + q); continue; }
                long ms = (System.nanoTime() - t) / 1_000_000;
                String body = r.body().replace('\n', ' ');
                System.out.println("PROBE " + r.statusCode() + " " + ms + "ms hits+" + (hits.get() - hb) + " len=" + r.body().length() + " :: " + q.substring(0, Math.min(100, q.length())) + " => " + body.substring(0, Math.min(200, body.length())));
                int after = Http.get(s.sparql() + "?query=" + Http.encode("ASK {}"), "text/csv").statusCode();
                if (after != 200) System.out.println("PROBE AFTER " + after);
            }
        } finally { listener.stop(0); }
    }
}
