package org.vdkg.view;

import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.web.ClasspathServlet;

/** Registers the views, their JSON data and the bundled JavaScript libraries on a Fuseki server under construction. */
public final class ViewModule {

    private ViewModule() {
    }

    public static FusekiServer.Builder addTo(FusekiServer.Builder b) {
        return b.addServlet("/graph", new ClasspathServlet("org/vdkg/view/graph.html"))
                .addServlet("/timeline", new ClasspathServlet("org/vdkg/view/timeline.html"))
                .addServlet("/graph.json", new NetworkJsonServlet())
                .addServlet("/timeline.json", new TimelineJsonServlet())
                .addServlet("/view/*", new ClasspathServlet("org/vdkg/view/"))
                .addServlet("/webjars/*", new ClasspathServlet("META-INF/resources/webjars/"));
    }
}
