package org.vdkg.publish;

import org.apache.jena.fuseki.main.FusekiServer;

/** Registers the linked-data servlets on a Fuseki server builder; the one call {@code VdkgServer} makes. */
public final class LinkedDataRoutes {

    private LinkedDataRoutes() {
    }

    public static void register(FusekiServer.Builder b, PublishedDataset data) {
        b.addServlet("/id/*", new ResourceServlet(data));
    }
}
