package org.vdkg.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the pages read from a request besides negotiation: the server's root URL and bounded parameters. */
public final class Requests {

    private Requests() {
    }

    /** The root URL of the server as the client reached it, e.g. {@code http://127.0.0.1:3030/}. */
    public static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        String uri = req.getRequestURI();
        return url.substring(0, url.length() - uri.length()) + req.getContextPath() + "/";
    }

    /** An integer parameter within bounds, or its default when absent; anything else is a {@link BadRequest}. */
    public static int intParam(HttpServletRequest req, String name, int dflt, int min, int max) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }
}
