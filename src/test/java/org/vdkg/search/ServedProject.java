package org.vdkg.search;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/** The search tests' view of the shared served copy (real TDB2, real Lucene index, real server). */
final class ServedProject {

    private ServedProject() {
    }

    static String url() {
        return ServedCopy.shared().base();
    }

    /** GET {@code /search?q=...} as JSON; fails unless 200. */
    static JsonObject search(String q) {
        var r = Http.get(url() + "search?q=" + Http.encode(q), "application/json");
        if (r.statusCode() != 200) {
            throw new AssertionError("search " + q + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.parse(r.body());
    }
}
