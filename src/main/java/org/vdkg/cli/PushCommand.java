package org.vdkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.export.GraphStorePush;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.UserException;
import org.vdkg.store.Store;

/**
 * {@code vdkg push}: uploads every named graph into another SPARQL 1.1 store (Graph Store Protocol PUT per graph) and
 * checks the store's per-graph triple counts; exit 1 on any mismatch. The password comes only from a file.
 */
final class PushCommand implements Command {

    static final Option TO = Option.builder().longOpt("to").hasArg().argName("URL")
            .desc("the store's Graph Store Protocol endpoint, e.g. http://host:3030/ds/data (Fuseki) or "
                    + "http://host:8890/sparql-graph-crud-auth (Virtuoso)").get();
    static final Option QUERY_ENDPOINT = Option.builder().longOpt("query-endpoint").hasArg().argName("URL")
            .desc("the store's SPARQL query endpoint for the counts (default: .../sparql beside a Fuseki .../data or a "
                    + "Virtuoso /sparql-graph-crud(-auth))").get();
    static final Option USER = Option.builder().longOpt("user").hasArg().argName("U")
            .desc("user for HTTP authentication (basic or digest); needs --password-file").get();
    static final Option PASSWORD_FILE = Option.builder().longOpt("password-file").hasArg().argName("F")
            .desc("file whose first line is the password (never give a password on the command line)").get();

    @Override
    public String name() {
        return "push";
    }

    @Override
    public String summary() {
        return "Upload every named graph into another SPARQL 1.1 store (Graph Store Protocol) and check the counts.";
    }

    @Override
    public Options options() {
        return new Options().addOption(TO).addOption(QUERY_ENDPOINT).addOption(USER).addOption(PASSWORD_FILE)
                .addOption(CommonOptions.DB).addOption(CommonOptions.ROOT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        if (!line.hasOption(TO)) {
            throw new UsageException("--to URL is required: the store's Graph Store Protocol endpoint");
        }
        if (line.hasOption(USER) != line.hasOption(PASSWORD_FILE)) {
            throw new UsageException("--user and --password-file go together");
        }
        String to = line.getOptionValue(TO);
        String query = line.hasOption(QUERY_ENDPOINT) ? line.getOptionValue(QUERY_ENDPOINT)
                : GraphStorePush.defaultQueryEndpoint(to).orElseThrow(() -> new UsageException(
                        "cannot tell the query endpoint of " + to + "; give --query-endpoint URL"));
        String password = line.hasOption(PASSWORD_FILE) ? password(ctx.resolve(line.getOptionValue(PASSWORD_FILE))) : null;
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        List<GraphStorePush.GraphCount> counts;
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            counts = GraphStorePush.push(store.dataset().asDatasetGraph(),
                    new GraphStorePush.Target(to, query, line.getOptionValue(USER), password), ctx.out()::println);
        }
        long bad = counts.stream().filter(c -> !c.matches()).count();
        if (bad > 0) {
            ctx.err().println("vdkg: " + bad + " of " + counts.size() + " graphs have another triple count in the store than here"
                    + " (see MISMATCH above); the store may merge or rewrite some terms");
            return Outcome.DATA_ERRORS;
        }
        ctx.err().println("vdkg: pushed " + counts.size() + " graphs, " + counts.stream().mapToLong(GraphStorePush.GraphCount::local).sum()
                + " triples, to " + to + "; every count matches");
        return Outcome.OK;
    }

    /** The first line of the password file; the file's content is never shown. */
    private static String password(Path file) {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new UserException("the password file " + file + " is empty; write the password on its first line");
            }
            return first;
        } catch (IOException e) {
            throw new UserException("cannot read the password file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
