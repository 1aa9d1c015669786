package org.vdkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.publish.SourceParagraphs;
import org.vdkg.serve.PublicUrl;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.serve.VdkgServer;
import org.vdkg.store.ServerAnnouncement;
import org.vdkg.store.WritableDatabase;
import org.vdkg.serve.guard.GuardSettings;
import org.vdkg.serve.guard.PasswordFile;

/** {@code vdkg serve}: rebuilds when the curated files changed, then serves the database until Ctrl-C. */
final class ServeCommand implements Command {

    static final Option PORT = Option.builder().longOpt("port").hasArg().argName("N")
            .desc("HTTP port (default 3030; 0 picks a free one)").get();
    static final Option HOST = Option.builder().longOpt("host").hasArg().argName("ADDR")
            .desc("address to listen on (default 127.0.0.1, loopback only)").get();
    static final Option PUBLIC_URL = Option.builder().longOpt("public-url").hasArg().argName("URL")
            .desc("root URL clients reach the server at, used in every absolute URL it writes and as the only origin "
                    + "allowed to write (default http://HOST:PORT/)").get();
    static final Option SOURCES = Option.builder().longOpt("sources").hasArg().argName("DIR")
            .desc("directory of the source texts (<source id>.txt); claim pages then show the paragraph they cite, read "
                    + "at request time and never stored (default: none, no paragraph shown)").get();
    static final Option REBUILD = Option.builder().longOpt("rebuild")
            .desc("rebuild the database even if the curated files did not change").get();
    static final Option TIMEOUT = Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("default query timeout in seconds (default 30)").get();
    static final Option CONFIG = Option.builder().longOpt("config").hasArg().argName("FILE")
            .desc("Fuseki assembler file (default: ROOT/fuseki-config/vdkg.ttl)").get();
    static final Option ALLOW_UPDATE = Option.builder().longOpt("allow-update")
            .desc("open SPARQL Update (/vdkg/update) and graph-store writes (/vdkg/store), behind basic auth; needs --password-file").get();
    static final Option PASSWORD_FILE = Option.builder().longOpt("password-file").hasArg().argName("FILE")
            .desc("users allowed to write, one 'user: password' per line (Jetty format)").get();
    static final Option AS_BUILT = Option.builder().longOpt("as-built")
            .desc("serve the database as it is, never rebuilding it (a replica serving a release's database image)").get();
    static final Option DRAIN = Option.builder().longOpt("drain").hasArg().argName("SECONDS")
            .desc("on SIGTERM, report not ready at /$/ready and keep answering for this long before stopping, so a load "
                    + "balancer stops sending requests first (default 2)").get();
    static final Option MAX_ROWS = Option.builder().longOpt("max-rows").hasArg().argName("N")
            .desc("most rows a query answers; 0 for no cap (default " + GuardSettings.DEFAULT_MAX_ROWS + ")").get();
    static final Option MAX_REQUEST = Option.builder().longOpt("max-request-bytes").hasArg().argName("N")
            .desc("largest request body accepted (default " + GuardSettings.DEFAULT_MAX_REQUEST_BYTES + ")").get();
    static final Option MAX_ANSWER = Option.builder().longOpt("max-answer-bytes").hasArg().argName("N")
            .desc("largest SPARQL answer in bytes; a longer one is cut off; 0 for no cap (default "
                    + GuardSettings.DEFAULT_MAX_ANSWER_BYTES + ")").get();
    static final Option MAX_CONCURRENT = Option.builder().longOpt("max-concurrent").hasArg().argName("N")
            .desc("queries run at once, a quarter of the slots (at least one) kept for queries measured cheap; more wait "
                    + "up to 10 s, then get 503 (default " + GuardSettings.defaultConcurrency() + ")").get();
    static final Option CACHE_MB = Option.builder().longOpt("cache-mb").hasArg().argName("MB")
            .desc("memory for whole SPARQL answers of a read-only server, answered again without running; 0 for none; "
                    + "off with --allow-update (default " + GuardSettings.DEFAULT_ANSWER_CACHE_MB + ")").get();
    static final Option NO_WARM = Option.builder().longOpt("no-warm")
            .desc("do not ask every saved query and whole-dataset page once on start (a read-only server does, one "
                    + "request at a time, so that their first visitor finds them answered; see /$/cache)").get();

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Rebuild if ontology/ or data/ changed, then serve SPARQL over HTTP (read-only unless --allow-update) until Ctrl-C.";
    }

    @Override
    public Options options() {
        return new Options().addOption(PORT).addOption(HOST).addOption(PUBLIC_URL).addOption(CommonOptions.DB).addOption(CommonOptions.ROOT)
                .addOption(CommonOptions.BASE).addOption(REBUILD).addOption(AS_BUILT).addOption(DRAIN).addOption(TIMEOUT).addOption(CONFIG)
                .addOption(ALLOW_UPDATE).addOption(PASSWORD_FILE).addOption(MAX_ROWS).addOption(MAX_REQUEST).addOption(MAX_ANSWER).addOption(MAX_CONCURRENT).addOption(CACHE_MB).addOption(NO_WARM).addOption(SOURCES);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        Path db = CommonOptions.db(line, ctx, layout);
        String base = CommonOptions.base(line);
        long port = CommonOptions.positive(line, PORT, 3030);
        if (port > 65535) {
            throw new UsageException("--port must be at most 65535");
        }
        long timeout = CommonOptions.positive(line, TIMEOUT, 30);
        long drain = CommonOptions.positive(line, DRAIN, 2);
        if (drain > 3600) {
            throw new UsageException("--drain must be at most 3600 seconds");
        }
        if (line.hasOption(AS_BUILT) && line.hasOption(REBUILD)) {
            throw new UsageException("--as-built and --rebuild exclude each other");
        }
        String host = line.getOptionValue(HOST, "127.0.0.1");
        String publicUrl = null;
        if (line.hasOption(PUBLIC_URL)) {
            try {
                publicUrl = PublicUrl.root(line.getOptionValue(PUBLIC_URL));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Path config = line.hasOption(CONFIG) ? ctx.resolve(line.getOptionValue(CONFIG))
                : layout.fusekiConfig();

        GuardSettings guard = guard(line, ctx);
        SourceParagraphs sources = SourceParagraphs.NONE;
        if (line.hasOption(SOURCES)) {
            try {
                sources = SourceParagraphs.in(ctx.resolve(line.getOptionValue(SOURCES)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sources: " + e.getMessage());
            }
        }

        DatabaseBuilder builder = new DatabaseBuilder(ctx.version());
        DatabaseDirs dirs = new DatabaseDirs(db);
        if (line.hasOption(AS_BUILT)) {
            if (!dirs.isComplete()) {
                throw new UsageException("--as-built: " + CommonOptions.show(db, ctx) + " holds no complete database "
                        + "(built by vdkg build); build it first");
            }
        } else if (dirs.isWritable()) {
            Optional<BuildResult> build = builder.buildIfStale(layout, base, db, line.hasOption(REBUILD));
            if (build.isPresent() && BuildCommand.report(build.get(), ctx) != Outcome.OK) {
                return Outcome.DATA_ERRORS;
            }
        } else if (dirs.isComplete() && (line.hasOption(REBUILD) || !builder.isUpToDate(layout, base, db))) {
            // A prebuilt database on a read-only disk is served as it was built.
            ctx.err().println("vdkg: " + CommonOptions.show(db, ctx) + " is read-only, so it is served as built"
                    + (line.hasOption(REBUILD) ? "" : ", although ontology/, data/ or vdkg changed since") + "; to rebuild,"
                    + " make it writable or build elsewhere (vdkg build --db DIR)");
        }
        WritableDatabase served = WritableDatabase.of(db);
        VdkgServer server;
        try {
            server = VdkgServer.start(new VdkgServer.Settings(config, served.dir(), host, (int) port, timeout * 1000, guard, base,
                    publicUrl, layout.queriesDir(), sources, layout.releasesDir()));
        } catch (RuntimeException e) {
            served.close();
            throw e;
        }
        // Commands run beside the server (vdkg query, vdkg export) find it here and ask it over HTTP.
        String local = "http://" + (PublicUrl.isWildcard(host) ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        String localSparql = local + server.sparqlUrl().substring(server.url().length());
        boolean announced = !served.isCopy() && ServerAnnouncement.announce(db, localSparql, local);
        Thread hook = new Thread(() -> {
            if (announced) {
                ServerAnnouncement.withdraw(db);
            }
            // On SIGTERM or Ctrl-C: not ready first, then the drain, then the requests in flight (at most a query's
            // timeout); a failure to close one database must not keep the process from ending.
            try {
                server.stopGracefully(drain * 1000, timeout * 1000);
            } catch (RuntimeException e) {
                System.err.println("vdkg: while stopping: " + e.getMessage());
            }
            served.close();
        }, "vdkg-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ctx.out().println("vdkg: serving " + base + " at " + server.url() + " (SPARQL: " + server.sparqlUrl() + ")"
                + (publicUrl == null ? "" : ", public URL " + publicUrl));
        ctx.out().flush();
        server.join();
        return Outcome.OK;
    }

    private static GuardSettings guard(CommandLine line, CommandContext ctx) {
        GuardSettings g = GuardSettings.defaults()
                .withMaxRows(CommonOptions.positive(line, MAX_ROWS, GuardSettings.DEFAULT_MAX_ROWS))
                .withMaxRequestBytes(CommonOptions.positive(line, MAX_REQUEST, GuardSettings.DEFAULT_MAX_REQUEST_BYTES))
                .withMaxAnswerBytes(CommonOptions.positive(line, MAX_ANSWER, GuardSettings.DEFAULT_MAX_ANSWER_BYTES));
        if (line.hasOption(MAX_CONCURRENT)) {
            long n = CommonOptions.positive(line, MAX_CONCURRENT, 0);
            if (n < 1 || n > 10_000) {
                throw new UsageException("--max-concurrent must be between 1 and 10000");
            }
            g = g.withConcurrency((int) n, g.queueWaitMillis());
        }
        long cacheMb = CommonOptions.positive(line, CACHE_MB, GuardSettings.DEFAULT_ANSWER_CACHE_MB);
        if (cacheMb > 1_000_000) {
            throw new UsageException("--cache-mb must be at most 1000000 (MB); give a share of the heap (-Xmx)");
        }
        g = g.withAnswerCacheBytes(cacheMb * 1024 * 1024).withWarming(!line.hasOption(NO_WARM));
        if (line.hasOption(PASSWORD_FILE) && !line.hasOption(ALLOW_UPDATE)) {
            throw new UsageException("--password-file is only used with --allow-update");
        }
        if (line.hasOption(ALLOW_UPDATE)) {
            if (!line.hasOption(PASSWORD_FILE)) {
                throw new UsageException("--allow-update needs --password-file FILE (lines 'user: password')");
            }
            Path passwords = ctx.resolve(line.getOptionValue(PASSWORD_FILE));
            PasswordFile.users(passwords);
            g = g.withUpdate(passwords);
        }
        return g;
    }
}
