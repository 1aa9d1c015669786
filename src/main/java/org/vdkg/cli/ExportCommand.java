package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.UserException;
import org.vdkg.network.NetworkFormat;
import org.vdkg.load.ProjectLayout;
import org.vdkg.store.DatasetExporter;
import org.vdkg.store.Store;

/** {@code vdkg export}: the whole database as TriG, N-Quads or (union) Turtle. */
final class ExportCommand implements Command {

    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("trig or nq (all named graphs), ttl (their union); default trig").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").get();

    static final Option QUERY = Option.builder().longOpt("query").hasArg().argName("NAME")
            .desc("network formats only: export the answer of this CONSTRUCT query (a saved query's name or a file)").get();

    static {
        // Appended here, not edited into FORMAT's text, so the RDF formats keep one description of their own.
        FORMAT.setDescription(FORMAT.getDescription() + "; or " + NetworkFormat.names()
                + " (the actor network, or located places, for graph tools)");
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Write the database as standard RDF (TriG, N-Quads or Turtle).";
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
        DatasetExporter.Format format;
        try {
            format = DatasetExporter.Format.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be trig, nq or ttl, not '" + line.getOptionValue(FORMAT) + "'");
        }
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            if (!line.hasOption(OUT)) {
                DatasetExporter.export(store, format, ctx.out());
                return Outcome.OK;
            }
            Path out = ctx.resolve(line.getOptionValue(OUT));
            if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                throw new UserException("no directory for " + out);
            }
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                DatasetExporter.export(store, format, os);
            } catch (UncheckedIOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx));
        }
        return Outcome.OK;
    }
}
