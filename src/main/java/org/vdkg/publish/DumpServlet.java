package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.vdkg.export.DatasetExporter;
import org.vdkg.export.ExportFormat;
import org.vdkg.web.Html;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * The dumps under {@code /dumps/}: the whole dataset as TriG, N-Quads, JSON-LD or union Turtle, written as asked;
 * {@code /dumps/} itself is the downloads page listing them, or (Accept: application/json, or ?format=json) their list
 * as JSON.
 */
final class DumpServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;

    DumpServlet(ServedDataset data) {
        this.data = data;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getRequestURI().substring(req.getRequestURI().lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            list(req, resp);
            return;
        }
        Optional<ExportFormat> dump = DatasetDescription.DUMPS.stream()
                .filter(d -> d.fileName().equals(name)).findFirst();
        if (dump.isEmpty()) {
            Responses.error(resp, 404, "no dump named '" + name + "'; the dumps are "
                    + DatasetDescription.DUMPS.stream().map(ExportFormat::fileName).collect(Collectors.joining(", ")));
            return;
        }
        // Written in full first: the answer then has a Content-Length (a download can show its progress) and a
        // failing export is a 500, not a cut file.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DatasetExporter.export(data.dataset(), dump.get(), body);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Responses.bytes(resp, 200, dump.get().mediaType(), body);
    }

    /** The list of dumps: JSON for a client that asks for it (before HTML), else a page. */
    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = req.getParameter("format");
        if (format != null && !format.equals("json") && !format.equals("html")) {
            Responses.error(resp, 400, "unknown ?format= value; use json or html");
            return;
        }
        boolean json = format == null ? prefersJson(req.getHeader("Accept")) : format.equals("json");
        if (json) {
            JsonArray dumps = new JsonArray();
            for (ExportFormat d : DatasetDescription.DUMPS) {
                JsonObject o = new JsonObject();
                o.put("name", d.fileName());
                o.put("url", data.root() + "dumps/" + d.fileName());
                o.put("mediaType", d.mediaType());
                o.put("title", d.title());
                o.put("license", DatasetDescription.DATA_LICENCE);
                dumps.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("dataset", data.iris().base());
            body.put("description", data.root() + ".well-known/void");
            body.put("dumps", dumps);
            Responses.json(req, resp, 200, body);
            return;
        }
        Responses.html(resp, downloads());
    }

    /** True when the Accept header ranks JSON above HTML (a browser's default ranks HTML first). */
    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create("text/html", "application/json"));
            return m != null && m.getContentTypeStr().equals("application/json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String downloads() {
        Html h = new Html("Downloads");
        h.element("h1", "Downloads");
        h.element("p", "The whole dataset, every named graph, written from the database when you ask. Licence: CC BY 4.0. "
                + "The same list as JSON: /dumps/?format=json.");
        h.raw("<ul>\n");
        for (ExportFormat d : DatasetDescription.DUMPS) {
            h.raw("<li>").link("/dumps/" + d.fileName(), d.fileName()).raw(" <span class=\"type\">").text(d.mediaType())
             .raw("</span></li>\n");
        }
        h.raw("<li>").link("/context.jsonld", "context.jsonld").raw(" <span class=\"type\">the JSON-LD context</span></li>\n");
        h.raw("<li>").link("/.well-known/void?format=ttl", "void.ttl").raw(" <span class=\"type\">the dataset description "
                + "(VoID and DCAT)</span></li>\n</ul>\n");
        return h.finish();
    }
}
