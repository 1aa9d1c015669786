package org.vdkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.load.ProjectLayout;
import org.vdkg.serve.VdkgServer;

/** {@code vdkg serve}: rebuilds when the curated files changed, then serves the database until Ctrl-C. */
final class ServeCommand implements Command {

    static final Option PORT = Option.builder().longOpt("port").hasArg().argName("N")
            .desc("HTTP port (default 3030; 0 picks a free one)").get();
    static final Option HOST = Option.builder().longOpt("host").hasArg().argName("ADDR")
            .desc("address to listen on (default 127.0.0.1, loopback only)").get();
    static final Option REBUILD = Option.builder().longOpt("rebuild")
            .desc("rebuild the database even if the curated files did not change").get();
    static final Option TIMEOUT = Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("default query timeout in seconds (default 30)").get();
    static final Option CONFIG = Option.builder().longOpt("config").hasArg().argName("FILE")
            .desc("Fuseki assembler file (default: ROOT/fuseki-config/vdkg.ttl)").get();

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Rebuild if ontology/ or data/ changed, then serve SPARQL over HTTP (read-only) until Ctrl-C.";
    }

    @Override
    public Options options() {
        return new Options().addOption(PORT).addOption(HOST).addOption(CommonOptions.DB).addOption(CommonOptions.ROOT)
                .addOption(CommonOptions.BASE).addOption(REBUILD).addOption(TIMEOUT).addOption(CONFIG);
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
        String host = line.getOptionValue(HOST, "127.0.0.1");
        Path config = line.hasOption(CONFIG) ? ctx.resolve(line.getOptionValue(CONFIG))
                : layout.root().resolve("fuseki-config").resolve("vdkg.ttl");

        Optional<BuildResult> build = new DatabaseBuilder(ctx.version()).buildIfStale(layout, base, db, line.hasOption(REBUILD));
        if (build.isPresent() && BuildCommand.report(build.get(), ctx) != Outcome.OK) {
            return Outcome.DATA_ERRORS;
        }
        VdkgServer server = VdkgServer.start(new VdkgServer.Settings(config, db, host, (int) port, timeout * 1000, base));
        Thread hook = new Thread(server::close, "vdkg-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ctx.out().println("vdkg: serving " + base + " at " + server.url() + " (SPARQL: " + server.sparqlUrl() + ")");
        ctx.out().flush();
        server.join();
        return Outcome.OK;
    }
}
