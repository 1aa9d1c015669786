package org.vdkg.serve.guard;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every answer, errors included, in front of everything else: {@code
 * X-Content-Type-Options: nosniff} (a browser takes an answer as the type it says, never as HTML or script it
 * guessed), {@code Referrer-Policy}, and a Content-Security-Policy with frame protection. The policy allows scripts,
 * styles, images and fetches from this server only (no inline script anywhere), no plugins, no {@code <base>}, forms
 * only to this server, and no framing by other sites ({@code X-Frame-Options: DENY} for older browsers). Two paths
 * differ, in styles and framing only: the Fuseki query UI and the reconciliation preview.
 */
final class SecurityHeaders extends Handler.Wrapper {

    /**
     * The one style element Cytoscape (the network view) inserts, {@code .__________cytoscape_container { position:
     * relative; }}, allowed by its hash: a style of that exact text and no other.
     */
    static final String CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";
    /** Every page of vdkg's own: nothing inline. */
    static final String STRICT = policy("'self' " + CYTOSCAPE_STYLE, "'none'");
    /**
     * The Fuseki query UI (a Vue application with the YASGUI editor) inserts style elements whose text depends on
     * the page (its table column resizer), so its styles may be inline; its scripts may not. Its one fetch elsewhere,
     * YASGUI's prefix lookup at prefix.cc, stays blocked: the UI works without it, and visitors are not reported to a
     * third party.
     */
    static final String QUERY_UI = policy("'self' 'unsafe-inline'", "'none'");
    /**
     * The reconciliation preview: meant to be framed by OpenRefine, from whatever origin it runs at; its card (also
     * sent as a flyout into OpenRefine's own page) is styled inline. It holds no controls to trick a user into.
     */
    static final String FRAMEABLE = policy("'self' 'unsafe-inline'", "*");
    static final String REFERRER_POLICY = "same-origin";
    static final String PREVIEW_PATH = "/reconcile/preview";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        HttpFields.Mutable h = response.getHeaders();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", REFERRER_POLICY);
        if (PREVIEW_PATH.equals(path)) {
            h.put("Content-Security-Policy", FRAMEABLE);
        } else {
            h.put("Content-Security-Policy", isQueryUi(path) ? QUERY_UI : STRICT);
            h.put("X-Frame-Options", "DENY");
        }
        return super.handle(request, response, callback);
    }

    private static String policy(String styleSources, String frameAncestors) {
        return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + frameAncestors;
    }

    /** The query UI's page (its scripts and styles are governed by the page's policy). */
    static boolean isQueryUi(String path) {
        return "/query".equals(path) || "/query/".equals(path);
    }
}
