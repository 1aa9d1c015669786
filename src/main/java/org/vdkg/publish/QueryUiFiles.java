package org.vdkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonString;
import org.vdkg.query.SavedQuery;

/**
 * The Fuseki query UI (the {@code jena-fuseki-ui} jar's {@code webapp/}) as vdkg serves it at {@code /query}:
 * read-only and local. The UI has no configuration for its examples and prefixes, so the built files are rewritten
 * as they are served: the example queries become the saved-query catalogue, the prefixes vdkg's, the Fuseki root is
 * the server's root (not the page's path), and YASQE's prefix lookup at prefix.cc becomes a file of this server. Each
 * rewrite fails loudly when its pattern is gone (after a Fuseki upgrade), so a test notices rather than a user.
 */
final class QueryUiFiles {

    /** Where the UI's files are on the classpath. */
    static final String WEBAPP = "webapp/";
    /** The prefixes in the {@code prefix.cc} format YASQE's autocompleter reads ({@code {"rdf": "http://..."}}). */
    static final String PREFIX_LOOKUP = "/query/prefixes.json";
    /**
     * The chunks the query page needs (its entry script and style, the query view, its shared chunks); the others
     * (dataset management, upload, edit, info) are not served, so their routes cannot load.
     */
    private static final Pattern SERVED = Pattern.compile(
            "(index|Query|current-dataset-navigation-guards)-[A-Za-z0-9_-]+\\.(js|css)|favicon\\.ico");

    static final Pattern EXAMPLES = Pattern.compile(
            "queries:\\[\\{value:[A-Za-z_$][\\w$]*,text:\"Selection of triples\"\\}(,\\{value:[A-Za-z_$][\\w$]*,text:\"[^\"]*\"\\})*\\]");
    static final Pattern PREFIXES = Pattern.compile(
            "prefixes:\\[\\{uri:\"http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"\\}(,\\{uri:\"[^\"]*\",text:\"[^\"]*\"\\})*\\]");
    static final Pattern PREFIX_CC = Pattern.compile(
            "\\(window\\.location\\.protocol\\.indexOf\\(\"http\"\\)===0\\?\"//\":\"http://\"\\)\\+\"prefix\\.cc/popular/all\\.file\\.json\"");
    static final Pattern SERVICE_ROOT = Pattern.compile("this\\.isOffline=!0,this\\.pathname=([A-Za-z_$][\\w$]*)\\.pathname");
    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"\\./static/(index-[A-Za-z0-9_-]+\\.js)\"");

    private QueryUiFiles() {
    }

    /** Whether {@code name} (a file of {@code webapp/static/}) belongs to the query page. */
    static boolean isServed(String name) {
        return SERVED.matcher(name).matches();
    }

    /** The raw text of a UI file, or empty when absent. */
    static Optional<byte[]> read(String path) {
        try (InputStream in = QueryUiFiles.class.getClassLoader().getResourceAsStream(WEBAPP + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(read(path).orElseThrow(() -> new IllegalStateException("the Fuseki UI has no " + path)),
                StandardCharsets.UTF_8);
    }

    /** The entry script named by the UI's {@code index.html}. */
    static String entryScript(String indexHtml) {
        Matcher m = ENTRY_SCRIPT.matcher(indexHtml);
        if (!m.find()) {
            throw new IllegalStateException("the Fuseki UI's index.html names no ./static/index-*.js script");
        }
        return m.group(1);
    }

    /** The entry script with the Fuseki root fixed at {@code /}: the UI takes it from the page's path otherwise. */
    static String entry(String js) {
        return replaceOnce(js, SERVICE_ROOT, "this.isOffline=!0,this.pathname=\"/\"", "the Fuseki service root");
    }

    /** The query view with these examples and prefixes, and the prefix lookup on this server. */
    static String queryView(String js, List<SavedQuery> examples, Map<String, String> prefixes) {
        StringBuilder q = new StringBuilder("queries:[");
        Set<String> titles = new HashSet<>();
        for (SavedQuery s : examples) {
            String title = s.question().isEmpty() ? s.id() : s.question();
            // The UI keys its example buttons by title: a repeated question gets its id.
            title = titles.add(title) ? title : title + " (" + s.id() + ")";
            q.append(q.length() > "queries:[".length() ? "," : "").append("{value:").append(json(s.text()))
             .append(",text:").append(json(title)).append('}');
        }
        StringBuilder p = new StringBuilder("prefixes:[");
        prefixes.forEach((prefix, uri) -> p.append(p.length() > "prefixes:[".length() ? "," : "")
                .append("{uri:").append(json(uri)).append(",text:").append(json(prefix)).append('}'));
        String out = replaceOnce(js, EXAMPLES, q.append(']').toString(), "the example queries");
        out = replaceOnce(out, PREFIXES, p.append(']').toString(), "the prefixes");
        return replaceOnce(out, PREFIX_CC, json(PREFIX_LOOKUP), "YASQE's prefix.cc lookup");
    }

    /** A JSON string literal (also a JavaScript one). */
    static String json(String s) {
        // Jena's JSON writer escapes quotes, backslashes and control characters; "</" is escaped too, to keep the
        // text inert should it ever land in HTML.
        return JSON.toStringFlat(new JsonString(s)).replace("</", "<\\/");
    }

    private static String replaceOnce(String text, Pattern p, String replacement, String what) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("the Fuseki UI no longer has " + what + " where vdkg rewrites it (pattern "
                    + p.pattern() + "); update QueryUiFiles for this Fuseki version");
        }
        int start = m.start();
        int end = m.end();
        if (m.find()) {
            throw new IllegalStateException("the Fuseki UI has " + what + " twice; update QueryUiFiles");
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
