package org.vdkg.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the pages read from a request besides negotiation: bounded parameters. (The server's root URL is not read from
 * requests: see {@link ServedDataset#root()}.)
 */
public final class Requests {

    private Requests() {
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
