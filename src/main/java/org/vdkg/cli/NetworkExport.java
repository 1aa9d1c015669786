package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.cli.CommandLine;
import org.apache.jena.query.Query;
import org.vdkg.UserException;
import org.vdkg.export.network.NetworkExporter;
import org.vdkg.export.network.NetworkFormat;
import org.vdkg.load.ProjectLayout;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.store.QueryRunner;
import org.vdkg.store.Store;

/** The network formats of {@code vdkg export} (graphml, gexf, cyjs, dot, geojson), kept apart from the RDF ones. */
final class NetworkExport {

    private NetworkExport() {
    }

    static Outcome run(NetworkFormat format, CommandLine line, CommandContext ctx, ProjectLayout layout) throws IOException {
        Query selection = null;
        if (line.hasOption(ExportCommand.QUERY)) {
            String q = line.getOptionValue(ExportCommand.QUERY);
            String arg = Files.isRegularFile(ctx.resolve(q)) ? ctx.resolve(q).toString() : q;
            String text = new SavedQueryCatalogue(layout.queriesDir()).find(arg)
                    .orElseThrow(() -> new UserException("no saved query or query file '" + q + "' (see: vdkg query --list)"))
                    .text();
            selection = QueryRunner.parse(text);
        }
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            NetworkExporter.Result result;
            if (!line.hasOption(ExportCommand.OUT)) {
                result = NetworkExporter.export(store.dataset(), format, selection, ctx.out());
            } else {
                Path out = ctx.resolve(line.getOptionValue(ExportCommand.OUT));
                if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                    throw new UserException("no directory for " + out);
                }
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    result = NetworkExporter.export(store.dataset(), format, selection, os);
                } catch (UncheckedIOException | UserException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx) + " (" + (format == NetworkFormat.GEOJSON
                        ? result.nodes() + " features)" : result.nodes() + " nodes, " + result.edges() + " edges)"));
            }
            for (String note : result.notes()) {
                ctx.err().println("vdkg: " + note);
            }
        }
        return Outcome.OK;
    }
}
