package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vdkg.query.SavedQuery;
import org.vdkg.web.Responses;
import org.vdkg.web.Html;
import org.vdkg.web.ServedDataset;

/**
 * The saved questions ({@code /queries}): every query of the catalogue by its question, with what it shows, the
 * sources it rests on, a link that opens it in the query UI and links to its results as CSV and JSON (the SPARQL
 * endpoint's own answers, so the server's limits apply).
 */
final class SavedQuestionsServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient List<SavedQuery> catalogue;

    SavedQuestionsServlet(ServedDataset data, List<SavedQuery> catalogue) {
        this.data = data;
        this.catalogue = catalogue;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            Responses.error(resp, 404, "no such page; the saved questions are listed at /queries");
            return;
        }
        Responses.html(resp, render(catalogue, data.sparqlPath()));
    }

    /** The page; {@code sparql} is the query endpoint's path. */
    static String render(List<SavedQuery> queries, String sparql) {
        String dataset = sparql.replaceFirst("^/", "").replaceFirst("/.*$", "");
        Html h = new Html("Saved questions");
        h.element("h1", "Saved questions");
        h.element("p", queries.size() + " questions that the saved SPARQL queries of the project answer. Open one in the "
                + "query UI to read and change it, or take its answer as a table.");
        for (SavedQuery q : queries) {
            String enc = URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
            h.raw("<section class=\"question\" id=\"").text(q.id()).raw("\">\n");
            h.element("h2", q.question().isEmpty() ? q.id() : q.question());
            if (!q.shows().isEmpty()) {
                h.raw("<p class=\"why\">").text("Shows: " + q.shows()).raw("</p>\n");
            }
            if (!q.sources().isEmpty()) {
                h.raw("<p class=\"why\">").text("Sources: " + q.sources()).raw("</p>\n");
            }
            h.raw("<p>").link("/query#/dataset/" + dataset + "/query?query=" + enc, "Run in the query UI").raw(" · results as ")
             .link(sparql + "?query=" + enc + "&format=csv", "CSV").raw(" · ")
             .link(sparql + "?query=" + enc + "&format=json", "JSON").raw(" · <span class=\"iri\">").text(q.id() + ".rq")
             .raw("</span></p>\n</section>\n");
        }
        return h.finish();
    }
}
