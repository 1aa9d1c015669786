package org.vdkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.vdkg.export.DatasetExporter;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.network.NetworkExporter;
import org.vdkg.network.NetworkFormat;
import org.vdkg.problem.UserException;
import org.vdkg.query.QueryRunner;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.export.DatasetExporter;
import org.vdkg.query.QueryRunner;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.store.Store;

/** The network formats of {@code vdkg export} (graphml, gexf, cyjs, dot, geojson), kept apart from the RDF ones. */
final class NetworkExport {

    private NetworkExport() {
    }

    /**
     * True when {@code formatName} (upper case) is a network format; a usage error when {@code --query} comes with
     * another format or when the name is no format at all (the message lists the RDF and network formats).
     */
    static boolean handles(String formatName, boolean withQuery) {
        if (NetworkFormat.parse(formatName).isPresent()) {
            return true;
        }
        if (withQuery) {
            throw new UsageException("--query works with the network formats (" + NetworkFormat.names() + ") only");
        }
        boolean rdf = Arrays.stream(DatasetExporter.Format.values()).anyMatch(f -> f.name().equals(formatName));
        if (!rdf) {
            String all = Arrays.stream(DatasetExporter.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ", " + NetworkFormat.names().replace("|", ", ");
            throw new UsageException("--format must be one of " + all + ", not '" + formatName.toLowerCase(Locale.ROOT) + "'");
        }
        return false;
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
