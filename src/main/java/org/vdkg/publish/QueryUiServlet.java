package org.vdkg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import org.vdkg.query.SavedQuery;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Responses;
import org.vdkg.web.Html;
import org.vdkg.web.ServedDataset;

/**
 * The read-only query UI: the page at {@code /query} (Fuseki's UI in vdkg's frame, opened on the dataset's query
 * view), the UI's files under {@code /static/} as {@link QueryUiFiles} rewrites them, and the prefixes YASQE looks up.
 * GET and HEAD only; files of the UI's dataset-management views are not served.
 */
final class QueryUiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QueryUiServlet.class);
    /** The prefixes every vdkg query may use, beside the base's own namespaces. */
    static final Map<String, String> STANDARD_PREFIXES = Map.ofEntries(
            Map.entry("vdkg", VDKG.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("time", "http://www.w3.org/2006/time#"),
            Map.entry("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
            Map.entry("text", "http://jena.apache.org/text#"),
            Map.entry("schema", "http://schema.org/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("void", "http://rdfs.org/ns/void#"),
            Map.entry("wd", "http://www.wikidata.org/entity/"),
            Map.entry("wdt", "http://www.wikidata.org/prop/direct/"));

    private final transient ServedDataset data;
    private final transient List<SavedQuery> catalogue;
    /** Rewritten files, made on first use (the catalogue and the data do not change while the server runs). */
    private final transient Map<String, byte[]> made = new ConcurrentHashMap<>();

    QueryUiServlet(ServedDataset data, List<SavedQuery> catalogue) {
        this.data = data;
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        try {
            if (path.equals("/query") || path.equals("/query/")) {
                send(resp, "text/html; charset=utf-8", made.computeIfAbsent("page", k -> page()), false);
            } else if (path.equals(QueryUiFiles.PREFIX_LOOKUP)) {
                send(resp, "application/json", made.computeIfAbsent("prefixes", k -> prefixLookup()), false);
            } else if (path.startsWith("/static/") && QueryUiFiles.isServed(path.substring("/static/".length()))) {
                String name = path.substring("/static/".length());
                Optional<byte[]> file = Optional.ofNullable(made.computeIfAbsent(name, this::file));
                if (file.isEmpty()) {
                    Responses.error(resp, 404, "no such file: " + path);
                    return;
                }
                send(resp, type(name), file.get(), true);
            } else {
                Responses.error(resp, 404, "not part of the read-only query UI: " + path
                        + " (the query UI is at /query; there is no dataset management on this server)");
            }
        } catch (IllegalStateException e) {
            LOG.error("the query UI cannot be served: {}", e.getMessage());
            Responses.error(resp, 503, "the query UI is not available on this server: " + e.getMessage()
                    + "; the SPARQL endpoint is at " + data.sparqlPath());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "GET, HEAD");
        Responses.error(resp, 405, "the query UI is read only; send queries to " + data.sparqlPath());
    }

    private static void send(HttpServletResponse resp, String type, byte[] body, boolean cache) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache ? "max-age=3600" : "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String type(String name) {
        return name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "image/x-icon";
    }

    /** A UI file as served: the entry script and the query view rewritten, others as they are; null if absent. */
    private byte[] file(String name) {
        Optional<byte[]> raw = QueryUiFiles.read("static/" + name);
        if (raw.isEmpty() && name.equals("favicon.ico")) {
            raw = QueryUiFiles.read(name);
        }
        if (raw.isEmpty()) {
            return null;
        }
        String js = new String(raw.get(), StandardCharsets.UTF_8);
        if (name.equals(QueryUiFiles.entryScript(QueryUiFiles.text("index.html")))) {
            return QueryUiFiles.entry(js).getBytes(StandardCharsets.UTF_8);
        }
        if (name.startsWith("Query-") && name.endsWith(".js")) {
            return QueryUiFiles.queryView(js, catalogue, prefixes()).getBytes(StandardCharsets.UTF_8);
        }
        return raw.get();
    }

    /**
     * The UI's {@code index.html} in vdkg's frame: the site's navigation bar, vdkg's script (it opens the query view,
     * removes the UI's management controls and labels result IRIs) before the UI's own, files at absolute paths.
     */
    private byte[] page() {
        String html = QueryUiFiles.text("index.html");
        QueryUiFiles.entryScript(html);
        String sparql = data.sparqlPath();
        String dataset = sparql.replaceFirst("^/", "").replaceFirst("/.*$", "");
        html = html.replaceFirst("(?s)<!--.*?-->\\s*", "")
                .replace("<html lang=\"en\">", "<html lang=\"en\" data-dataset=\"" + Html.escape(dataset) + "\" data-sparql=\""
                        + Html.escape(sparql) + "\" data-base=\"" + Html.escape(data.iris().base()) + "\">")
                .replaceFirst("<title>[^<]*</title>", "<title>Query · vdkg</title>")
                .replace("./static/", "/static/").replace("./favicon.ico", "/static/favicon.ico")
                .replace("<script type=\"module\"", "<link rel=\"stylesheet\" href=\"" + Html.STYLESHEET + "\">\n"
                        + "    <script src=\"/view/query-ui.js\"></script>\n    <script type=\"module\"")
                .replace("<body>", "<body class=\"query\">\n    <header class=\"site\">" + Html.NAV_BAR + "</header>");
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] prefixLookup() {
        StringBuilder sb = new StringBuilder("{");
        prefixes().forEach((p, uri) -> sb.append(sb.length() > 1 ? "," : "").append(QueryUiFiles.json(p)).append(':')
                .append(QueryUiFiles.json(uri)));
        return sb.append("}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The standard prefixes and the base's own namespaces as they occur in the data: {@code org:}-style kinds under
     * {@code id/} (named {@code id-org} etc. where the name is taken), and each concept scheme under {@code id/concept/}.
     */
    Map<String, String> prefixes() {
        Map<String, String> out = new TreeMap<>(STANDARD_PREFIXES);
        String idSpace = data.iris().base() + "id/";
        Map<String, String> own = data.read(dsg -> {
            Map<String, String> found = new TreeMap<>();
            for (java.util.Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Node s = it.next().getSubject();
                if (!s.isURI() || !s.getURI().startsWith(idSpace)) {
                    continue;
                }
                String[] seg = s.getURI().substring(idSpace.length()).split("/");
                if (seg.length >= 2 && seg[0].matches("[a-z][a-z0-9-]*")) {
                    found.putIfAbsent(seg[0], idSpace + seg[0] + "/");
                }
                if (seg.length >= 3 && seg[0].equals("concept") && seg[1].matches("[a-z][a-z0-9-]*")) {
                    found.putIfAbsent(seg[1], idSpace + "concept/" + seg[1] + "/");
                }
            }
            return found;
        });
        own.forEach((name, ns) -> out.putIfAbsent(out.containsKey(name) ? "id-" + name : name, ns));
        return out;
    }
}
