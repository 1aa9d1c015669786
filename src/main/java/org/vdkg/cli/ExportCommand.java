package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.export.DatasetExporter;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.network.NetworkFormat;
import org.vdkg.export.DatasetExporter;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.store.Store;

/**
 * {@code vdkg export}: the whole database as TriG, N-Quads, JSON-LD or (union) Turtle, or its actor network for graph
 * tools; from the server's dumps when a server holds the database ({@code --endpoint}, or found).
 */
final class ExportCommand implements Command {

    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("trig, nq or jsonld (all named graphs), ttl (their union); default trig; reifiers (RDF 1.2 TriG: the "
                    + "claims behind each shortcut triple), nanopub (TriG: one nanopublication per claim); or "
                    + NetworkFormat.names() + " (the actor network, or located places, for graph tools)").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").get();

    static final Option QUERY = Option.builder().longOpt("query").hasArg().argName("NAME")
            .desc("network formats only: export the answer of this CONSTRUCT query, or SELECT whose first two columns are "
                    + "edge source and target IRIs (a saved query's name or a file)").get();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the database as RDF (TriG, N-Quads, JSON-LD, Turtle), its shortcut reifiers or nanopublications, or its network for graph tools.";
    }

    @Override
    public Options options() {
        return new Options().addOption(FORMAT).addOption(QUERY).addOption(OUT).addOption(CommonOptions.DB).addOption(CommonOptions.ROOT)
                .addOption(CommonOptions.ENDPOINT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) throws IOException {
        String name = line.getOptionValue(FORMAT, "trig").toUpperCase(Locale.ROOT);
        // The graph-tool formats are written by org.vdkg.network; see NetworkExport.
        if (NetworkExport.handles(name, line.hasOption(QUERY))) {
            return NetworkExport.run(NetworkFormat.parse(name).orElseThrow(), line, ctx, CommonOptions.layout(line, ctx));
        }
        // NetworkExport.handles has rejected every name that is no format at all.
        DatasetExporter.Format format = DatasetExporter.Format.valueOf(name);
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        Path db = CommonOptions.db(line, ctx, layout);
        Optional<RemoteEndpoint> remote = CommonOptions.endpoint(line, ctx, db);
        if (remote.isPresent()) {
            // The server's dump of the same name is written by the same DatasetExporter.
            write(line, ctx, os -> remote.get().dump(format.fileName(), os));
            return Outcome.OK;
        }
        try (Store store = Store.open(db)) {
            write(line, ctx, os -> DatasetExporter.export(store, format, os));
        }
        return Outcome.OK;
    }

    /** What writes the export to a stream. */
    private interface Export {
        void to(OutputStream os) throws IOException;
    }

    /** Writes to standard output, or atomically to {@code --out FILE}. */
    private static void write(CommandLine line, CommandContext ctx, Export export) throws IOException {
        if (!line.hasOption(OUT)) {
            export.to(ctx.out());
            return;
        }
        Path out = ctx.resolve(line.getOptionValue(OUT));
        AtomicFile.write(out, os -> {
            export.to(os);
            return null;
        });
        ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx));
    }
}
