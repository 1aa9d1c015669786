package org.vdkg.serve.guard;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * What keeps browsers safe with this server: pages of other sites may read (CORS without credentials) but not write,
 * even through a browser that has the password cached ({@link WriteGate}, {@link GuardedUpdate},
 * {@link GuardedGraphStore}); request parameters never become script in answers ({@link ResultParameterCheck}); every
 * answer carries {@link SecurityHeaders}, and errors quote no URL ({@link PlainErrors}); and password guessing on the write endpoints is throttled
 * ({@link LoginThrottle}).
 */
public final class BrowserSafety {

    private final boolean writable;
    private final WritePaths writes;
    private final Supplier<Set<String>> ownOrigins;

    private BrowserSafety(boolean writable, WritePaths writes, Supplier<Set<String>> ownOrigins) {
        this.writable = writable;
        this.writes = writes;
        this.ownOrigins = ownOrigins;
    }

    /**
     * Adds the filters and the guarded write operations to a builder that has parsed its configuration.
     *
     * @param ownRoots the root URLs this server's own pages are served from (the public URL first); asked for at
     *        request time, since the port may be known only once the server listens
     */
    public static BrowserSafety install(FusekiServer.Builder b, GuardSettings g, Model config, Supplier<List<String>> ownRoots) {
        List<String> datasets = Guard.datasetNames(config);
        WritePaths writes = new WritePaths(datasets);
        Supplier<Set<String>> origins = () -> ownRoots.get().stream().map(WriteRequestRules::origin).collect(Collectors.toSet());
        b.addFilter("/*", new PublicCors(writes));
        for (String name : datasets) {
            b.addFilter("/" + name + "/*", new ResultParameterCheck());
        }
        // Every write endpoint, also one that a configuration file adds under another name, follows the write rules.
        b.registerOperation(Operation.Update, new GuardedUpdate(origins));
        b.registerOperation(Operation.GSP_RW, new GuardedGraphStore(origins));
        return new BrowserSafety(g.allowUpdate(), writes, origins);
    }

    /** Puts the handlers that must run before Jetty's own (authentication included) in front of the server. */
    public void beforeStart(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler h = jetty.getHandler();
        if (writable) {
            h = new LoginThrottle(new WriteGate(h, writes, ownOrigins), writes, new FailedLogins());
        }
        jetty.setHandler(new SecurityHeaders(h));
        jetty.setErrorHandler(new PlainErrors());
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(new PlainErrors());
    }
}
