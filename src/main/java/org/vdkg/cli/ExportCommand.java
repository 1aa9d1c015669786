package org.vdkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.export.DatasetExporter;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.network.NetworkFormat;
import org.vdkg.store.Store;

/** {@code vdkg export}: the whole database as TriG, N-Quads, JSON-LD or (union) Turtle, or its actor network for graph tools. */
final class ExportCommand implements Command {

    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("trig, nq or jsonld (all named graphs), ttl (their union); default trig; or "
                    + NetworkFormat.names() + " (the actor network, or located places, for graph tools)").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").get();

    static final Option QUERY = Option.builder().longOpt("query").hasArg().argName("NAME")
            .desc("network formats only: export the answer of this CONSTRUCT query (a saved query's name or a file)").get();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the database as RDF (TriG, N-Quads, JSON-LD, Turtle) or its network for graph tools.";
    }

    @Override
    public Options options() {
        return new Options().addOption(FORMAT).addOption(QUERY).addOption(OUT).addOption(CommonOptions.DB).addOption(CommonOptions.ROOT);
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
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            if (!line.hasOption(OUT)) {
                DatasetExporter.export(store, format, ctx.out());
                return Outcome.OK;
            }
            Path out = ctx.resolve(line.getOptionValue(OUT));
            AtomicFile.write(out, os -> {
                DatasetExporter.export(store, format, os);
                return null;
            });
            ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx));
        }
        return Outcome.OK;
    }
}
