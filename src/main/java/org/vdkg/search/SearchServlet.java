package org.vdkg.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.search.EntityCatalog.Entity;
import org.vdkg.search.EntityCatalog.Name;
import org.vdkg.search.EntitySearch.Match;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Html;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.Requests;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/** {@code GET /search?q=...}: ranked entities for any name form, as HTML or JSON by content negotiation. */
public final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;

    /** @param data the served dataset, whose text index the answers come from */
    public SearchServlet(ServedDataset data) {
        this.data = data;
    }
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** What /search answers in: the HTML page first, for a client that accepts anything. */
    static final List<Offer> OFFERS = List.of(Offer.HTML, Offer.JSON);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Offer> chosen;
        try {
            chosen = Negotiation.choose(req, OFFERS);
        } catch (BadRequest e) {
            Responses.error(resp, 400, e.getMessage());
            return;
        }
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, OFFERS);
            return;
        }
        boolean json = chosen.get() == Offer.JSON;
        String q = Optional.ofNullable(req.getParameter("q")).orElse("").strip();
        try {
            if (q.length() > EntitySearch.MAX_QUERY_LENGTH) {
                throw new BadRequest("q is longer than " + EntitySearch.MAX_QUERY_LENGTH + " characters");
            }
            int limit = Requests.intParam(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            Optional<EntitySearch> search = EntitySearch.over(data.dataset());
            if (search.isEmpty()) {
                Responses.jsonError(resp, 503, "this server's dataset has no text index (see fuseki-config/vdkg.ttl)");
                return;
            }
            List<Match> matches = q.isEmpty() ? List.of() : search.get().search(q, limit, false);
            if (json) {
                Responses.json(req, resp, 200, toJson(q, matches));
            } else {
                Responses.html(resp, 200, toHtml(q, matches));
            }
        } catch (BadRequest e) {
            if (json) {
                Responses.jsonError(resp, 400, e.getMessage());
            } else {
                Responses.html(resp, 400, new Html("Bad search").element("h1", "Bad search").element("p", e.getMessage()).finish());
            }
        }
    }

    static JsonObject toJson(String q, List<Match> matches) {
        JsonObject o = new JsonObject();
        o.put("query", q);
        JsonArray results = new JsonArray();
        int rank = 1;
        for (Match m : matches) {
            Entity e = m.entity();
            JsonObject r = new JsonObject();
            r.put("rank", rank++);
            r.put("id", e.id());
            r.put("iri", e.iri());
            r.put("url", e.path());
            r.put("name", e.name());
            JsonArray types = new JsonArray();
            e.types().forEach(types::add);
            r.put("types", types);
            if (!e.description().isEmpty()) {
                r.put("description", e.description());
            }
            e.wikidata().ifPresent(id -> r.put("wikidata", id));
            e.wikidataClose().ifPresent(id -> r.put("wikidata_close", id));
            JsonArray names = new JsonArray();
            for (Name n : e.names()) {
                names.add(name(n));
            }
            r.put("names", names);
            JsonObject why = name(m.matched());
            why.put("how", m.how().label());
            r.put("matched", why);
            r.put("score", JsonNumber.value(Math.round(m.score() * 1000) / 1000.0));
            results.add(r);
        }
        o.put("results", results);
        return o;
    }

    private static JsonObject name(Name n) {
        JsonObject o = new JsonObject();
        o.put("text", n.text());
        o.put("lang", n.lang());
        o.put("kind", n.alias() ? "alias" : "label");
        return o;
    }

    static String toHtml(String q, List<Match> matches) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Search vdkg</h1>\n<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" size=\"40\" value=\"")
         .append(Html.escape(q)).append("\" autofocus> <button>Search</button></form>\n")
         .append("<p>Any name form: with or without diacritics, Chinese, Russian or German names, acronyms; small typos are forgiven.</p>\n");
        if (!q.isEmpty()) {
            b.append("<p>").append(matches.size()).append(matches.size() == 1 ? " entity" : " entities")
             .append(" for <q>").append(Html.escape(q)).append("</q></p>\n<ol>\n");
            for (Match m : matches) {
                Entity e = m.entity();
                Name n = m.matched();
                b.append("<li><a href=\"").append(Html.escape(e.path())).append("\">").append(Html.escape(e.name())).append("</a> ")
                 .append("<span class=\"type\">").append(Html.escape(String.join(", ", e.types()))).append("</span>");
                if (!e.description().isEmpty()) {
                    b.append(" &mdash; ").append(Html.escape(e.description()));
                }
                b.append("<br><span class=\"why\">matched ").append(n.alias() ? "alias" : "label").append(" <q lang=\"")
                 .append(Html.escape(n.lang())).append("\">").append(Html.escape(n.text())).append("</q> (").append(Html.escape(n.lang()))
                 .append(", ").append(m.how().label()).append(")</span><br><span class=\"names\">");
                StringBuilder names = new StringBuilder();
                for (Name other : e.names()) {
                    if (names.length() > 0) {
                        names.append(" · ");
                    }
                    names.append("<span lang=\"").append(Html.escape(other.lang())).append("\">").append(Html.escape(other.text()))
                         .append("</span> <small>").append(Html.escape(other.lang())).append("</small>");
                }
                b.append(names).append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        return new Html(q.isEmpty() ? "Search" : q + " - search").raw(b.toString()).finish();
    }
}
