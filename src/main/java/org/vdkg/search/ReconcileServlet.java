package org.vdkg.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.vdkg.search.EntityCatalog.Entity;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Html;
import org.vdkg.web.Requests;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * The OpenRefine reconciliation service (Reconciliation Service API v0.2) at {@code /reconcile}:
 * the manifest, {@code queries} batches, {@code extend}, and the {@code suggest/*},
 * {@code flyout/entity}, {@code preview} and {@code propose_properties} services.
 */
public final class ReconcileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Longest JSON parameter accepted: a batch of a few hundred names fits easily. */
    static final int MAX_JSON = 1_000_000;

    private final transient ServedDataset data;
    private final long deadlineMillis;

    /**
     * @param data the served dataset, whose text index the answers come from
     * @param deadlineMillis time one reconciliation request may take (the server's query timeout); past it, 503
     */
    public ReconcileServlet(ServedDataset data, long deadlineMillis) {
        this.data = data;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<EntitySearch> search = EntitySearch.over(data.dataset());
        if (search.isEmpty()) {
            Responses.jsonError(resp, 503, "this server's dataset has no text index (see fuseki-config/vdkg.ttl)");
            return;
        }
        Reconciler r = new Reconciler(search.get(), System.nanoTime() + deadlineMillis * 1_000_000L);
        String root = data.root();
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        try {
            switch (path) {
                case "/", "" -> service(r, root, req, resp);
                case "/suggest/entity" -> Responses.json(req, resp, 200,
                        r.suggestEntity(text(req, "prefix"), Requests.intParam(req, "cursor", 0, 0, 1000)));
                case "/suggest/type" -> Responses.json(req, resp, 200, r.suggestType(text(req, "prefix")));
                case "/suggest/property" -> Responses.json(req, resp, 200, r.suggestProperty(text(req, "prefix")));
                case "/propose_properties" -> Responses.json(req, resp, 200,
                        r.proposeProperties(req.getParameter("type"), Requests.intParam(req, "limit", 20, 1, 100)));
                case "/flyout/entity" -> {
                    Entity e = entity(r, req);
                    JsonObject o = new JsonObject();
                    o.put("id", e.id());
                    o.put("html", Reconciler.card(e, root));
                    Responses.json(req, resp, 200, o);
                }
                case "/preview" -> {
                    // A bare page: OpenRefine shows it in a small frame, without the site's header.
                    Entity e = entity(r, req);
                    Responses.html(resp, 200, Html.bare(e.name(), Reconciler.card(e, root)));
                }
                default -> Responses.jsonError(resp, 404, "no such reconciliation service: " + path);
            }
        } catch (BadRequest e) {
            Responses.jsonError(resp, 400, e.getMessage());
        } catch (NotFound e) {
            Responses.jsonError(resp, 404, e.getMessage());
        } catch (Reconciler.TooSlow e) {
            resp.setHeader("Retry-After", "1");
            Responses.jsonError(resp, 503, e.getMessage());
        }
    }

    private static void service(Reconciler r, String root, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String queries = req.getParameter("queries");
        String query = req.getParameter("query");
        String extend = req.getParameter("extend");
        if (queries != null) {
            Responses.json(req, resp, 200, r.queryBatch(object(queries, "queries")));
        } else if (query != null) {
            // Version 0.1 single query: a bare string, or one query object; answered as {"result": [...]}.
            JsonObject q;
            if (query.strip().startsWith("{")) {
                q = object(query, "query");
            } else {
                q = new JsonObject();
                q.put("query", query);
            }
            JsonObject one = new JsonObject();
            one.put("result", r.candidates(q));
            Responses.json(req, resp, 200, one);
        } else if (extend != null) {
            Responses.json(req, resp, 200, r.extend(object(extend, "extend")));
        } else {
            Responses.json(req, resp, 200, r.manifest(root));
        }
    }

    private static JsonObject object(String text, String name) {
        if (text.length() > MAX_JSON) {
            throw new BadRequest(name + " is too long");
        }
        JsonValue v;
        try {
            v = JSON.parseAny(text);
        } catch (JsonParseException | StackOverflowError e) {
            throw new BadRequest(name + " is not valid JSON");
        } catch (RuntimeException e) {
            throw new BadRequest(name + " is not valid JSON: " + e.getMessage());
        }
        if (!v.isObject()) {
            throw new BadRequest(name + " must be a JSON object");
        }
        return v.getAsObject();
    }

    private static String text(HttpServletRequest req, String name) {
        String v = Optional.ofNullable(req.getParameter(name)).orElse("");
        if (v.length() > EntitySearch.MAX_QUERY_LENGTH) {
            throw new BadRequest(name + " is longer than " + EntitySearch.MAX_QUERY_LENGTH + " characters");
        }
        return v;
    }

    private static Entity entity(Reconciler r, HttpServletRequest req) {
        String id = req.getParameter("id");
        if (id == null || id.isBlank()) {
            throw new BadRequest("id is required");
        }
        return r.entity(id.strip()).orElseThrow(() -> new NotFound("no entity " + id.strip()));
    }

    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
