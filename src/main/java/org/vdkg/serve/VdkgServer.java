package org.vdkg.serve;

import java.net.BindException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.problem.UserException;
import org.vdkg.publish.PublishModule;
import org.vdkg.search.SearchModule;
import org.vdkg.publish.SourceParagraphs;
import org.vdkg.serve.guard.BrowserSafety;
import org.vdkg.serve.guard.Guard;
import org.vdkg.serve.guard.GuardSettings;
import org.vdkg.publish.QueryPagesModule;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.view.ViewModule;
import org.vdkg.vocab.IriScheme;
import org.vdkg.web.ServedDataset;

/**
 * The vdkg server: embedded Fuseki built from the assembler file, with CORS, a query timeout, the home page at
 * {@code /} and the read-only Fuseki query UI at {@code /query}, the guards of {@code serve.guard} (limits, caching, SERVICE refused, updates only
 * behind a password and never from another site, security headers), and the pages of {@code publish} (linked data), {@code search} (search, reconciliation)
 * and {@code view} (network and timeline), and the readiness check at {@code /$/ready} for a load balancer in front
 * of replicas. The admin module is not used: there are no dataset create/delete/backup endpoints.
 */
public final class VdkgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VdkgServer.class);

    /**
     * How to serve.
     *
     * @param config the Fuseki assembler file
     * @param db the TDB2 database directory (replaces the file's tdb2:location)
     * @param host the address to listen on ({@code 127.0.0.1} by default)
     * @param port the port; 0 picks a free one
     * @param timeoutMillis the default query timeout
     * @param guard limits, caching and whether updates are allowed
     * @param base the base IRI; its IRIs dereference at this server's paths
     * @param publicUrl the root URL clients reach the server at (see {@link PublicUrl}); null for {@code http://host:port/}
     * @param queries the saved queries' directory ({@code queries/}), shown as questions and as the query UI's
     *        examples; null (or a missing directory) for none
     * @param sources the source texts whose paragraphs claim pages show ({@code serve --sources}), or
     *        {@link SourceParagraphs#NONE}
     * @param releases the releases directory ({@code run/releases}) offered at {@code /releases/}; null for none
     */
    public record Settings(Path config, Path db, String host, int port, long timeoutMillis, GuardSettings guard,
            String base, String publicUrl, Path queries, SourceParagraphs sources, Path releases) {
        /** Without releases. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis, GuardSettings guard,
                String base, String publicUrl, Path queries, SourceParagraphs sources) {
            this(config, db, host, port, timeoutMillis, guard, base, publicUrl, queries, sources, null);
        }

        /** The given limits, base IRI and public URL, without saved queries and source texts. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis, GuardSettings guard, String base,
                String publicUrl) {
            this(config, db, host, port, timeoutMillis, guard, base, publicUrl, null, SourceParagraphs.NONE);
        }

        /** The given limits and base IRI, at the default public URL. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis, GuardSettings guard, String base) {
            this(config, db, host, port, timeoutMillis, guard, base, null);
        }

        /** Read-only, with the default limits and the default base IRI. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis) {
            this(config, db, host, port, timeoutMillis, GuardSettings.defaults());
        }

        /** The given limits, with the default base IRI. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis, GuardSettings guard) {
            this(config, db, host, port, timeoutMillis, guard, IriScheme.DEFAULT_BASE);
        }

        /** Read-only, with the default limits and the given base IRI. */
        public Settings(Path config, Path db, String host, int port, long timeoutMillis, String base) {
            this(config, db, host, port, timeoutMillis, GuardSettings.defaults(), base);
        }
    }

    /**
     * The pages that read the whole dataset and that a warming server asks once on start: the home and about counts
     * and the explorer's index, which every visitor's first page needs. Not the whole-dataset network and timeline
     * JSON: at N=1000 copies of the data the network alone is a 240 MB answer that a 4 GB server could not hold beside
     * the rest; they are computed when first asked, as before.
     */
    private static final List<String> WHOLE_DATASET_PAGES = List.of("", "about", "explore.json");

    private final FusekiServer server;
    private final String host;
    private final String publicUrl;
    private final List<DataService> services;
    private final Readiness readiness;
    private volatile boolean closed;
    /** The process-wide ARQ settings that the server's context overwrites, as they were before it started. */
    private Map<Symbol, Object> globalBefore;

    private VdkgServer(FusekiServer server, String host, String publicUrl, Readiness readiness) {
        this.server = server;
        this.host = host;
        this.publicUrl = publicUrl;
        this.readiness = readiness;
        // Kept now: the registry is gone once the server has stopped.
        this.services = server.getDataAccessPointRegistry().accessPoints().stream()
                .map(DataAccessPoint::getDataService).toList();
    }

    public static VdkgServer start(Settings s) {
        Model config = ServerConfig.load(s.config(), s.db(), s.timeoutMillis());
        FusekiServer.Builder b = FusekiServer.create()
                .port(s.port())
                .loopback(isLoopback(s.host()));
        // Fuseki copies the server's ja:context into ARQ's global context, so the served timeout (and the ban on
        // remote SERVICE) would also bind every later in-process query; remember the old values, restore on close.
        Map<Symbol, Object> globalBefore = new HashMap<>();
        for (Symbol sym : ServerConfig.GLOBAL_SETTINGS) {
            globalBefore.put(sym, ARQ.getContext().get(sym));
        }
        try {
            b.parseConfig(config);
        } catch (RuntimeException e) {
            restoreGlobal(globalBefore);
            Throwable locked = cause(e, DBOpEnvException.class);
            if (locked != null) {
                throw new UserException("cannot open the database " + s.db() + " (is another server using it?): "
                        + locked.getMessage(), e);
            }
            throw e;
        }
        // After parseConfig, which resets these server-level switches from the file.
        // CORS comes from BrowserSafety: Fuseki's own filter echoes any origin and allows credentials.
        b.enableCors(false)
         .enablePing(true)
         .enableStats(true)
         .addServlet("/$/server", new ActionServerStatus());
        Readiness readiness = new Readiness();
        b.addServlet(Readiness.PATH, readiness);
        // The public URL is known once the server listens (port 0 picks its port on start).
        AtomicReference<VdkgServer> started = new AtomicReference<>();
        Supplier<String> publicRoot = () -> started.get().publicUrl();
        // The site's features and the guards, through Fuseki's extension point; the guards' filters come after
        // the linked-data filters, as each module adds its own once the datasets are configured, and the browser
        // guards' handlers wrap the request checks.
        IriScheme iris = new IriScheme(s.base());
        List<SavedQuery> saved = s.queries() == null ? List.of() : new SavedQueryCatalogue(s.queries()).list();
        Guard guard = new Guard(s.guard(), s.db(), saved.stream().map(SavedQuery::text).toList(), WHOLE_DATASET_PAGES);
        b.fusekiModules(FusekiModules.create(new PublishModule(iris, publicRoot, s.sources(), s.releases()),
                guard,
                new BrowserSafety(s.guard(), () -> List.of(started.get().publicUrl(), started.get().url())),
                new SearchModule(iris, publicRoot, s.timeoutMillis()), new ViewModule(iris, publicRoot),
                new QueryPagesModule(iris, publicRoot, saved)));
        FusekiServer server = b.build();
        compress(server.getJettyServer());
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(s.host());
            }
        }
        PooledConnector.install(server.getJettyServer());
        if (s.publicUrl() == null && PublicUrl.isWildcard(s.host())) {
            LOG.warn("listening on every address ({}) without --public-url: absolute URLs in answers will name {}; "
                    + "give --public-url with the URL clients use", s.host(), s.host());
        }
        // Counts the requests in flight, so that a graceful stop (stopGracefully) waits for them to finish.
        server.getJettyServer().setHandler(new GracefulHandler(server.getJettyServer().getHandler()));
        VdkgServer vdkg = new VdkgServer(server, s.host(), s.publicUrl() == null ? null : PublicUrl.root(s.publicUrl()),
                readiness);
        started.set(vdkg);
        vdkg.globalBefore = globalBefore;
        try {
            server.start();
        } catch (RuntimeException e) {
            vdkg.close();
            Throwable bind = cause(e, BindException.class);
            if (bind != null) {
                throw new UserException("cannot listen on " + s.host() + ":" + s.port() + " (" + bind.getMessage()
                        + "); choose another --port or --host", e);
            }
            throw e;
        }
        // Listening already, so a health check sees "starting" (503) until this is done.
        try {
            readiness.prepare(vdkg.services.isEmpty() ? DatasetGraphFactory.createTxnMem() : vdkg.services.get(0).getDataset(), s.db());
        } catch (RuntimeException e) {
            vdkg.close();
            throw e;
        }
        guard.startWarming(server);
        return vdkg;
    }

    /**
     * gzip for every answer whose client accepts it (pages, RDF, dumps, JSON, SPARQL results), inside the guards'
     * handlers that the modules put around it on start. Jetty's handler adds {@code Vary: Accept-Encoding} (merged into
     * the one {@code Vary}), marks a compressed answer's ETag with {@code --gzip} and takes the mark off an
     * {@code If-None-Match} before the servlets see it, so a compressed answer revalidates to a 304 like a plain one.
     */
    private static void compress(Server jetty) {
        GzipHandler gzip = new GzipHandler(jetty.getHandler());
        // HEAD as well as GET: a HEAD answers with the headers its GET would have.
        gzip.setIncludedMethods("GET", "HEAD", "POST");
        jetty.setHandler(gzip);
    }

    /** True once the server serves its data with its search index open, until a graceful stop begins. */
    public boolean isReady() {
        return readiness.isReady();
    }

    /**
     * Stops the way a replica behind a load balancer should: reports not ready at once, keeps answering for
     * {@code drainMillis} (the balancer's health check notices and sends no more), then stops accepting connections
     * and waits up to {@code stopMillis} for the requests still running before it closes.
     */
    public void stopGracefully(long drainMillis, long stopMillis) {
        readiness.stopping();
        try {
            Thread.sleep(drainMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.getJettyServer().setStopTimeout(stopMillis);
        close();
    }

    /** The Jetty server underneath, for this package's tests of its connectors. */
    Server jetty() {
        return server.getJettyServer();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return PublicUrl.of(host, port());
    }

    /** The root URL clients reach the server at: {@code --public-url}, or {@link #url()} when none was given. */
    public String publicUrl() {
        return publicUrl != null ? publicUrl : url();
    }

    /** The URL of the first SPARQL query endpoint of the configuration ({@code /vdkg/sparql} with the shipped file). */
    public String sparqlUrl() {
        String path = ServedDataset.sparqlPath(server.getDataAccessPointRegistry());
        return path == null ? url() : url() + path.replaceFirst("^/", "");
    }

    private static void restoreGlobal(Map<Symbol, Object> before) {
        before.forEach((sym, value) -> {
            if (value == null) {
                ARQ.getContext().remove(sym);
            } else {
                ARQ.getContext().set(sym, value);
            }
        });
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /**
     * Stops the server and closes its databases; safe to call twice. Every database is closed even when one fails
     * (e.g. a query thread still holds a transaction); the first failure is thrown at the end.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        restoreGlobal(globalBefore == null ? Map.of() : globalBefore);
        try {
            server.stop();
            // Fuseki starts the password file's store itself, so stopping Jetty leaves its file-watching thread running.
            for (PropertyUserStore users : server.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
                users.stop();
            }
        } catch (Exception e) {
            LOG.debug("stopping the server", e);
        }
        RuntimeException failed = null;
        for (DataService service : services) {
            try {
                closeDatabase(service);
            } catch (RuntimeException e) {
                LOG.warn("closing the database of {}: {}", service.getDataset(), e.getMessage());
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static void closeDatabase(DataService service) {
        DatasetGraph dsg = service.getDataset();
        service.shutdown();
        // A text dataset wraps the TDB2 one: unwrap to release the database itself.
        while (!TDBInternal.isTDB2(dsg) && dsg instanceof DatasetGraphWrapper w) {
            dsg = w.getWrapped();
        }
        if (TDBInternal.isTDB2(dsg)) {
            Path dir = dsg instanceof DatasetGraphSwitchable sw && sw.hasContainerPath() ? sw.getContainerPath() : null;
            TDBInternal.expel(dsg);
            if (dir != null) {
                DatabaseDirs.removeLockFiles(dir);
            }
        }
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
