package org.vdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.vdkg.search.EntitySearch;
import org.vdkg.store.BuildStamp;
import org.vdkg.store.ContentHash;
import org.vdkg.web.Responses;

/**
 * {@code GET /$/ready}: whether this replica should get requests, for a load balancer's health check (200 when
 * ready, 503 while starting or stopping), with the release it serves, its triple count and the hash of its data
 * ({@link ContentHash}), so that replicas can be compared. Read-only, cheap (all computed once at start-up, as the
 * served database does not change) and outside the query slots, so a busy replica still answers its health check.
 */
final class Readiness extends HttpServlet {

    static final String PATH = "/$/ready";

    /** What the replica serves, known once it is ready. */
    private record Served(String release, long triples, String contentHash) {
    }

    private volatile Served served;
    private volatile boolean stopping;

    /**
     * Computes what the replica serves and checks the search index answers (opening it now rather than on the first
     * search), then reports ready. Runs while the server already listens, which is then reported not ready.
     */
    void prepare(DatasetGraph dsg, Path db) {
        EntitySearch.over(dsg).ifPresent(search -> search.search("vietnam", 1, false));
        ContentHash hash = ContentHash.of(dsg);
        String release = BuildStamp.read(db).map(BuildStamp::releaseOrHash).orElse(null);
        served = new Served(release, hash.quads(), hash.hex());
    }

    /** From now on the replica reports not ready (it is about to stop), while it still answers other requests. */
    void stopping() {
        stopping = true;
    }

    boolean isReady() {
        return served != null && !stopping;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            Responses.jsonError(resp, 405, method + " is not allowed here; use GET");
            return;
        }
        // Always JSON, whatever Accept says: a health check must not depend on content negotiation.
        Served s = served;
        boolean ready = isReady();
        JsonObject o = new JsonObject();
        o.put("ready", ready);
        if (s != null) {
            if (s.release() != null) {
                o.put("release", s.release());
            }
            o.put("triples", s.triples());
            o.put("contentHash", s.contentHash());
        }
        o.put("state", ready ? "ready" : stopping ? "stopping" : "starting");
        resp.setHeader("Cache-Control", "no-store");
        Responses.json(resp, ready ? 200 : 503, JSON.toStringFlat(o));
    }
}
