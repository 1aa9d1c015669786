package org.vdkg.web;

/**
 * A plain server-rendered HTML page of the site (linked-data and search pages): every text passes through {@link #text(String)}, so nothing from the
 * data can open a tag; no JavaScript, no inline style. The header is the site's navigation bar with its search box.
 */
public final class Html {

    /** The site's style sheet, served with the views' files. */
    public static final String STYLESHEET = "/view/site.css";

    /**
     * The site's navigation bar, the same markup on every page: the server-rendered pages, the views (their static
     * HTML repeats it; a test keeps them equal) and the query UI. Its style is in {@link #STYLESHEET}.
     */
    public static final String NAV_BAR = "<nav class=\"site\" aria-label=\"Site\">"
            + "<a href=\"/\">Home</a><a href=\"/explore\">Explore</a><a href=\"/graph\">Network</a>"
            + "<a href=\"/timeline\">Timeline</a><a href=\"/map\">Map</a><a href=\"/query\">Query</a>"
            + "<a href=\"/queries\">Saved questions</a><a href=\"/dumps/\">Downloads</a>"
            + "<form method=\"get\" action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" "
            + "aria-label=\"Search names\" placeholder=\"Search names\"><button type=\"submit\">Search</button></form></nav>";

    private final StringBuilder sb = new StringBuilder();

    /** A page with this title, opened with the site's navigation bar. */
    public Html(String title) {
        this(title, null);
    }

    /**
     * A page of a resource that is also served as RDF at {@code rdfPath} (server-relative, e.g. {@code /id/org/kgb}):
     * its head names each RDF form ({@code rdfPath?format=ttl}, ...) as a {@code <link rel="alternate">}, so that
     * crawlers and browser tools find the data behind the page.
     */
    public Html(String title, String rdfPath) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .append(escape(title)).append(" · vdkg</title>\n");
        if (rdfPath != null) {
            for (Offer o : Offer.rdf()) {
                sb.append("<link rel=\"alternate\" type=\"").append(o.mediaType()).append("\" href=\"")
                  .append(escape(rdfPath + "?format=" + o.key())).append("\">\n");
            }
        }
        sb
          // A file, not a <style> element: the Content-Security-Policy allows styles from this server only.
          .append("<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n</head>\n<body class=\"page\">\n<header>")
          .append(NAV_BAR).append("</header>\n<main>\n");
    }

    /** A page without the site's header and footer (for a frame in another site): the title, escaped, and body markup. */
    public static String bare(String title, String bodyMarkup) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
            + "</title></head><body>" + bodyMarkup + "</body></html>\n";
    }

    /** The text with {@code < > & " '} escaped, safe in element content and in quoted attributes. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text. */
    public Html text(String s) {
        sb.append(escape(s));
        return this;
    }

    /** Markup written by this code, never data. */
    public Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** An element holding escaped text. */
    public Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">\n");
    }

    /** A link; both href and text are escaped. */
    public Html link(String href, String text) {
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    /** Closes the page with the licence footer and returns it. */
    public String finish() {
        sb.append("</main>\n<footer><p>Data: <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; ")
          .append("software: <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache-2.0</a>.</p></footer>\n")
          .append("</body>\n</html>\n");
        return sb.toString();
    }
}
