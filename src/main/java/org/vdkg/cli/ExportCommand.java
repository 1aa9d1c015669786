package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.export.DatasetExporter;
import org.vdkg.export.ExportFormat;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.store.Store;

/**
 * {@code vdkg export}: the whole database as TriG, N-Quads, JSON-LD or (union) Turtle, or its actor network for graph
 * tools; from the server's dumps when a server holds the database ({@code --endpoint}, or found).
 */
final class ExportCommand implements Command {

    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc(ExportFormat.described() + "; default " + ExportFormat.DEFAULT.key()).get();
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
        ExportFormat format = format(line.getOptionValue(FORMAT, ExportFormat.DEFAULT.key()), line.hasOption(QUERY));
        if (format.network().isPresent()) {
            // The graph-tool formats are written by org.vdkg.network; see NetworkExport.
            return NetworkExport.run(format.network().get(), line, ctx, CommonOptions.layout(line, ctx));
        }
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

    /**
     * The format named {@code key}; a usage error when it is none (the message lists them all), or when {@code --query}
     * comes with an RDF format.
     */
    private static ExportFormat format(String key, boolean withQuery) {
        Optional<ExportFormat> format = ExportFormat.parse(key);
        if (format.isPresent() && !format.get().isRdf()) {
            return format.get();
        }
        if (withQuery) {
            throw new UsageException("--query works with the network formats ("
                    + ExportFormat.keys(ExportFormat.networks(), "|") + ") only");
        }
        return format.orElseThrow(() -> new UsageException("--format must be one of "
                + ExportFormat.keys(List.of(ExportFormat.values()), ", ") + ", not '" + key.toLowerCase(Locale.ROOT) + "'"));
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
