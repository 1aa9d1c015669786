package org.vdkg.serve.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a request to a write endpoint is refused although its credentials may be right: a browser that has the
 * password cached sends it along with requests that pages of any other site make, so a write must show that it does
 * not come from such a page. Three rules, each enough on its own against a plain form:
 * <ul>
 * <li>{@code Sec-Fetch-Site}, when the browser sends it, is {@code same-origin} or {@code none} (typed or
 * bookmarked), never {@code same-site} or {@code cross-site};</li>
 * <li>{@code Origin}, when present, is this server's own ({@code --public-url}, or the address it listens on);</li>
 * <li>a body has a Content-Type that a page of another site cannot send without asking first (a CORS preflight, which
 * the write endpoints refuse): not {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or
 * {@code text/plain}, and not missing. SPARQL Update is sent as {@code application/sparql-update}, graph-store
 * writes as an RDF type such as {@code text/turtle}.</li>
 * </ul>
 * Clients that are not browsers (curl, scripts) send neither header and pass with a proper Content-Type.
 */
final class WriteRequestRules {

    /** The Content-Types a page may send to any site without a preflight (the Fetch standard's CORS-safelisted ones). */
    static final Set<String> BROWSER_SIMPLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** Why a request is refused: the status and a message for the client. */
    record Refusal(int status, String message) {
    }

    private WriteRequestRules() {
    }

    static Optional<Refusal> check(HttpServletRequest request, Set<String> ownOrigins) {
        return check(request.getMethod(), request.getContentType(), request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"), ownOrigins);
    }

    static Optional<Refusal> check(String method, String contentType, String origin, String fetchSite, Set<String> ownOrigins) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                return Optional.of(new Refusal(403, "writes are not accepted from pages of other sites (Sec-Fetch-Site: "
                        + fetchSite.strip() + ")"));
            }
        }
        if (origin != null && !ownOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "writes from a web page are accepted only from this server's own pages "
                    + ownOrigins.stream().sorted().toList() + ", not from Origin " + origin.strip()
                    + " (set serve --public-url to the URL you open the server at)"));
        }
        if (WITH_BODY.contains(method.toUpperCase(Locale.ROOT))) {
            String type = mediaType(contentType);
            if (type.isEmpty() || BROWSER_SIMPLE.contains(type)) {
                return Optional.of(new Refusal(415, (type.isEmpty() ? "a write needs a Content-Type"
                        : "Content-Type " + type + " is not accepted for writes (any web page can send it)")
                        + ": send SPARQL Update as application/sparql-update, graph-store data as an RDF type such as text/turtle"));
            }
        }
        return Optional.empty();
    }

    /** The media type of a Content-Type header, lower case, without parameters; empty when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The origin ({@code scheme://host[:port]}, as browsers write it) of a root URL. */
    static String origin(String rootUrl) {
        URI u = URI.create(rootUrl);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean dflt = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (dflt ? "" : ":" + port);
    }
}
