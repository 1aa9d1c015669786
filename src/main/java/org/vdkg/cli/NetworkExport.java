package org.vdkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.vdkg.export.ExportFormat;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.network.NetworkExporter;
import org.vdkg.network.NetworkFormat;
import org.vdkg.problem.UserException;
import org.vdkg.query.QueryRunner;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.store.Store;

/** {@code vdkg export} in a network format ({@link ExportFormat#networks()}): the actor network, or a query's answer, for graph tools. */
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
        Path db = CommonOptions.db(line, ctx, layout);
        Optional<RemoteEndpoint> remote = CommonOptions.endpoint(line, ctx, db);
        if (remote.isPresent()) {
            Dataset dataset = remote.get().dataset();
            try {
                write(dataset, format, selection, line, ctx);
            } finally {
                dataset.close();
            }
            return Outcome.OK;
        }
        try (Store store = Store.open(db)) {
            write(store.dataset(), format, selection, line, ctx);
        }
        return Outcome.OK;
    }

    private static void write(Dataset dataset, NetworkFormat format, Query selection, CommandLine line, CommandContext ctx) {
        NetworkExporter.Result result;
        if (!line.hasOption(ExportCommand.OUT)) {
            result = NetworkExporter.export(dataset, format, selection, ctx.out());
        } else {
            Path out = ctx.resolve(line.getOptionValue(ExportCommand.OUT));
            result = AtomicFile.write(out, os -> NetworkExporter.export(dataset, format, selection, os));
            ctx.err().println("vdkg: wrote " + CommonOptions.show(out, ctx) + " (" + (format == NetworkFormat.GEOJSON
                    ? result.nodes() + " features)" : result.nodes() + " nodes, " + result.edges() + " edges)"));
        }
        for (String note : result.notes()) {
            ctx.err().println("vdkg: " + note);
        }
    }
}
