package org.vdkg.serve.guard;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.publish.PublishModule;
import org.vdkg.search.SearchModule;
import org.vdkg.store.BuildStamp;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * The guards as a Fuseki module on a server built from its configuration: the row cap and the ban on
 * SERVICE on every query endpoint, request-size, answer-size and concurrency limits (two lanes, {@link QueryLanes})
 * and (read-only servers only) HTTP caching and the {@link AnswerCache} on every dataset's paths, the status at
 * {@code /$/cache}, size and concurrency limits on search and reconciliation, and, with
 * {@code allowUpdate}, password-protected endpoints {@code update} (SPARQL Update) and {@code store} (graph-store
 * reads and writes) next to the anonymous {@code sparql} and {@code data}. Before the server starts, the served
 * datasets' contexts get remote SERVICE turned off and the {@link EvaluationLimits}. Other paths (UI, static
 * pages, servlets added by others) are left alone.
 */
public final class Guard implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    /** Endpoint names opened by {@code allowUpdate}, under each dataset. */
    public static final String UPDATE_ENDPOINT = "update";
    /**
     * Graph-store writes get their own endpoint: Fuseki protects a path as a whole, so a password on
     * {@code data} would also lock out its anonymous readers.
     */
    public static final String STORE_ENDPOINT = "store";

    /** A bound on one warming request; the server's own query timeout stops a query long before. */
    private static final long WARM_REQUEST_MILLIS = 600_000;

    private final GuardSettings g;
    private final Path db;
    private final Set<String> savedQueries;
    /** Set when the server is read-only and warms its answers ({@link GuardSettings#warmAnswers()}). */
    private volatile AnswerWarmer warmer;
    private final List<String> savedTexts;
    private final List<String> warmPages;

    /**
     * @param g the limits, caching and whether updates are allowed
     * @param db the served database, whose build stamp identifies every answer
     * @param savedQueries the texts of the saved queries, which start in the cheap lane (see {@link QueryLanes}) and
     *        are asked once on start when the server warms its answers
     * @param warmPages paths from the server's root (no leading slash) of the pages that read the whole dataset,
     *        asked once on start when the server warms its answers
     */
    public Guard(GuardSettings g, Path db, Collection<String> savedQueries, List<String> warmPages) {
        this.g = g;
        this.db = db;
        this.savedTexts = savedQueries.stream().filter(t -> QueryRequest.normalise(t) != null).toList();
        this.savedQueries = savedTexts.stream().map(QueryRequest::normalise).collect(Collectors.toUnmodifiableSet());
        this.warmPages = List.copyOf(warmPages);
    }

    /**
     * Before the server's operations and endpoints are fixed: the guarded query operation and, with updates
     * allowed, the password-protected endpoints.
     *
     * @param config the assembler model the builder parsed (its {@code fuseki:Service} names are the guarded paths)
     */
    @Override
    public void prepare(FusekiServer.Builder b, Set<String> names, Model config) {
        b.registerOperation(Operation.Query, new GuardedQuery(g.maxRows()));
        if (g.allowUpdate()) {
            List<String> datasets = datasetNames(config);
            List<String> users = PasswordFile.users(g.passwordFile());
            b.passwordFile(g.passwordFile().toAbsolutePath().toString())
             .auth(AuthScheme.BASIC)
             // Without this, the first auth policy makes the whole server demand a login.
             .serverAuthPolicy(Auth.ANY_ANON);
            for (String name : datasets) {
                b.addEndpoint(name, UPDATE_ENDPOINT, Operation.Update, Auth.policyAllowSpecific(users));
                b.addEndpoint(name, STORE_ENDPOINT, Operation.GSP_RW, Auth.policyAllowSpecific(users));
            }
            LOG.warn("updates allowed for {} on {}", users, datasets);
        }
    }

    /** The filters on every dataset's paths and on search, in the order of the modules that add filters. */
    @Override
    public void configured(FusekiServer.Builder b, DataAccessPointRegistry registry, Model config) {
        List<String> datasets = datasetNames(config);
        Optional<BuildStamp> stamp = g.allowUpdate() ? Optional.empty() : BuildStamp.read(db);
        Set<String> writePaths = datasets.stream()
                .flatMap(name -> Stream.of("/" + name + "/" + UPDATE_ENDPOINT, "/" + name + "/" + STORE_ENDPOINT))
                .collect(Collectors.toUnmodifiableSet());
        // One pool of slots for every guarded path: a flood of searches also waits behind running queries.
        QueryLanes slots = new QueryLanes(g.maxConcurrentQueries(), g.queueWaitMillis(), savedQueries, writePaths);
        // Answers can only be kept while the data cannot change: never with updates allowed.
        Optional<AnswerCache> answers = stamp.filter(s -> g.answerCacheBytes() > 0).map(s -> new AnswerCache(g.answerCacheBytes()));
        if (stamp.isPresent() && g.warmAnswers()) {
            // Without the cache the answers would not be kept: only the pages' precomputed values are worth asking.
            warmer = new AnswerWarmer(answers.isPresent() ? savedTexts : List.of(), warmPages, WARM_REQUEST_MILLIS);
        }
        for (String name : datasets) {
            String paths = "/" + name + "/*";
            b.addFilter(paths, new RequestSizeFilter(g.maxRequestBytes(), writePaths));
            b.addFilter(paths, new ErrorLengthFilter());
            stamp.ifPresent(s -> b.addFilter(paths, new ImmutableCacheFilter(s, g.cacheMaxAgeSeconds())));
            // In front of the slots: a kept answer takes none. Behind the validators: a hit gets them as a miss does.
            answers.ifPresent(a -> b.addFilter(paths, new AnswerCacheFilter(a, stamp.get())));
            b.addFilter(paths, slots);
            b.addFilter(paths, new AnswerSizeFilter(g.maxAnswerBytes()));
        }
        DatasetGraph served = registry.accessPoints().isEmpty() ? null
                : registry.accessPoints().get(0).getDataService().getDataset();
        b.addServlet(GuardStatusServlet.PATH, new GuardStatusServlet(
                () -> answers.map(AnswerCache::statusJson).orElse("{\"enabled\": false}"), slots::statusJson,
                () -> Precomputed.statusJson(served),
                () -> warmer == null ? "{\"enabled\": false}" : warmer.statusJson()));
        for (String path : SearchModule.PATHS) {
            b.addFilter(path, new RequestSizeFilter(g.maxRequestBytes(), Set.of()));
            b.addFilter(path, slots);
        }
        // The linked-data pages and dumps are built from the same immutable database: one validator machinery.
        for (String path : PublishModule.PATHS) {
            stamp.ifPresent(s -> b.addFilter(path, new ImmutableCacheFilter(s, g.cacheMaxAgeSeconds())));
        }
    }

    /**
     * The last step before the server starts: checks that run in front of Jetty's own handlers, and the bounds on
     * what a query may do in every served dataset's context (each layer of a wrapped dataset, e.g. text over TDB2).
     */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        jetty.setHandler(new RequestSanityCheck(jetty.getHandler()));
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            for (DatasetGraph dsg = dap.getDataService().getDataset(); dsg != null;
                    dsg = dsg instanceof DatasetGraphWrapper w ? w.getWrapped() : null) {
                if (dsg.getContext() != null) {
                    ServiceBan.forbidIn(dsg.getContext());
                    EvaluationLimits.installIn(dsg.getContext());
                }
            }
        }
    }

    /**
     * Starts the warm-up, over loopback, once the server listens and is ready (the caller says when: after its own
     * start-up work, so that the warm-up's queries do not compete with it or delay the first answer); nothing when
     * the server does not warm.
     */
    public void startWarming(FusekiServer server) {
        AnswerWarmer w = warmer;
        String sparql = ServedDataset.sparqlPath(server.getDataAccessPointRegistry());
        if (w != null && sparql != null) {
            w.start("http://" + loopbackHost(server) + ":" + server.getHttpPort() + "/", sparql.replaceFirst("^/", ""));
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        AnswerWarmer w = warmer;
        if (w != null) {
            w.stop();
        }
    }

    /** The host the warmer reaches the server at: the address it listens on, or loopback when it listens on all. */
    private static String loopbackHost(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getHost() != null && !sc.getHost().isBlank()) {
                String h = sc.getHost();
                try {
                    if (java.net.InetAddress.getByName(h).isAnyLocalAddress()) {
                        return "127.0.0.1";
                    }
                } catch (java.net.UnknownHostException e) {
                    return "127.0.0.1";
                }
                return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
            }
        }
        return "127.0.0.1";
    }

    /** The {@code fuseki:name} of every service of the configuration, without slashes. */
    static List<String> datasetNames(Model config) {
        return config.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList().stream()
                .map(s -> s.getProperty(FusekiVocab.pServiceName))
                .filter(st -> st != null && st.getObject().isLiteral())
                .map(st -> st.getObject()).map(RDFNode::asLiteral)
                .map(l -> l.getLexicalForm().replaceAll("^/+|/+$", ""))
                .filter(n -> !n.isEmpty())
                .toList();
    }
}
