package org.vdkg.serve.guard;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * What keeps browsers safe with this server, as a Fuseki module: pages of other sites may read (CORS without credentials) but not write,
 * even through a browser that has the password cached ({@link WriteGate}, {@link GuardedUpdate},
 * {@link GuardedGraphStore}); request parameters never become script in answers ({@link ResultParameterCheck}); every
 * answer carries {@link SecurityHeaders}, and errors quote no URL ({@link PlainErrors}); and password guessing on the write endpoints is throttled
 * ({@link LoginThrottle}).
 */
public final class BrowserSafety implements FusekiModule {

    private final GuardSettings g;
    private final Supplier<Set<String>> ownOrigins;
    /** The write endpoints of the configuration, known once the builder has parsed it ({@link #prepare}). */
    private WritePaths writes;

    /**
     * @param g the guard settings (whether updates are allowed)
     * @param ownRoots the root URLs this server's own pages are served from (the public URL first); asked for at
     *        request time, since the port may be known only once the server listens
     */
    public BrowserSafety(GuardSettings g, Supplier<List<String>> ownRoots) {
        this.g = g;
        this.ownOrigins = () -> ownRoots.get().stream().map(WriteRequestRules::origin).collect(Collectors.toSet());
    }

    /** Every write endpoint, also one that a configuration file adds under another name, follows the write rules. */
    @Override
    public void prepare(FusekiServer.Builder b, Set<String> names, Model config) {
        writes = new WritePaths(Guard.datasetNames(config));
        b.registerOperation(Operation.Update, new GuardedUpdate(ownOrigins));
        b.registerOperation(Operation.GSP_RW, new GuardedGraphStore(ownOrigins));
    }

    /** CORS for reads on every path, and the check of result parameters on every dataset's paths. */
    @Override
    public void configured(FusekiServer.Builder b, DataAccessPointRegistry registry, Model config) {
        b.addFilter("/*", new PublicCors(writes));
        for (String name : Guard.datasetNames(config)) {
            b.addFilter("/" + name + "/*", new ResultParameterCheck());
        }
    }

    /** Puts the handlers that must run before Jetty's own (authentication included) in front of the server. */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler h = jetty.getHandler();
        if (g.allowUpdate()) {
            h = new LoginThrottle(new WriteGate(h, writes, ownOrigins), writes, new FailedLogins());
        }
        jetty.setHandler(new SecurityHeaders(h));
        jetty.setErrorHandler(new PlainErrors());
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(new PlainErrors());
    }
}
