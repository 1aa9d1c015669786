package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vdkg.export.DatasetExporter;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;
import org.vdkg.web.Html;

/**
 * The dumps under {@code /dumps/}: the whole dataset as TriG, N-Quads, JSON-LD or union Turtle, written as asked;
 * {@code /dumps/} itself is the downloads page listing them.
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
        Optional<DatasetDescription.Dump> dump = DatasetDescription.DUMPS.stream()
                .filter(d -> d.fileName().equals(name)).findFirst();
        if (name.isEmpty()) {
            Responses.html(resp, downloads());
            return;
        }
        if (dump.isEmpty()) {
            Responses.error(resp, 404, "no dump named '" + name + "'; the dumps are "
                    + DatasetDescription.DUMPS.stream().map(DatasetDescription.Dump::fileName).collect(Collectors.joining(", ")));
            return;
        }
        resp.setStatus(200);
        resp.setContentType(dump.get().mediaType() + ";charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = resp.getOutputStream()) {
            DatasetExporter.export(data.dataset(), dump.get().format(), out);
        }
    }

    private static String downloads() {
        Html h = new Html("Downloads");
        h.element("h1", "Downloads");
        h.element("p", "The whole dataset, every named graph, written from the database when you ask. Licence: CC BY 4.0.");
        h.raw("<ul>\n");
        for (DatasetDescription.Dump d : DatasetDescription.DUMPS) {
            h.raw("<li>").link("/dumps/" + d.fileName(), d.fileName()).raw(" <span class=\"type\">").text(d.mediaType())
             .raw("</span></li>\n");
        }
        h.raw("<li>").link("/context.jsonld", "context.jsonld").raw(" <span class=\"type\">the JSON-LD context</span></li>\n");
        h.raw("<li>").link("/.well-known/void?format=ttl", "void.ttl").raw(" <span class=\"type\">the dataset description "
                + "(VoID and DCAT)</span></li>\n</ul>\n");
        return h.finish();
    }
}
