package org.vdkg.view;

import org.apache.jena.fuseki.main.FusekiServer;

/** Registers the views, their JSON data and the bundled JavaScript libraries on a Fuseki server under construction. */
public final class ViewServlets {

    private ViewServlets() {
    }

    public static FusekiServer.Builder addTo(FusekiServer.Builder b) {
        return b.addServlet("/graph", new ResourceServlet("org/vdkg/view/graph.html"))
                .addServlet("/timeline", new ResourceServlet("org/vdkg/view/timeline.html"))
                .addServlet("/map", new ResourceServlet("org/vdkg/view/map.html"))
                .addServlet("/graph.json", new NetworkJsonServlet())
                .addServlet("/graph/edge.json", new EdgeClaimsServlet())
                .addServlet("/timeline.json", new TimelineJsonServlet())
                .addServlet("/map.json", new MapJsonServlet())
                .addServlet("/view/*", new ResourceServlet("org/vdkg/view/"))
                .addServlet("/webjars/*", new ResourceServlet("META-INF/resources/webjars/"));
    }
}
