package org.vdkg.view;

import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.ClasspathServlet;
import org.vdkg.web.FeatureModule;
import org.vdkg.web.ServedDataset;

/** The views as a Fuseki module: the pages, their JSON data and the bundled JavaScript libraries. */
public final class ViewModule extends FeatureModule {

    public ViewModule(IriScheme iris, Supplier<String> publicRoot) {
        super(iris, publicRoot);
    }

    @Override
    protected void register(FusekiServer.Builder b, ServedDataset data) {
        b.addServlet("/graph", new ClasspathServlet("org/vdkg/view/graph.html"))
                .addServlet("/timeline", new ClasspathServlet("org/vdkg/view/timeline.html"))
                .addServlet("/map", new ClasspathServlet("org/vdkg/view/map.html"))
                .addServlet("/graph.json", new NetworkJsonServlet(data))
                .addServlet("/timeline.json", new TimelineJsonServlet(data))
                .addServlet("/map.json", new MapJsonServlet(data))
                .addServlet("/view/*", new ClasspathServlet("org/vdkg/view/"))
                .addServlet("/webjars/*", new ClasspathServlet("META-INF/resources/webjars/"));
    }
}
