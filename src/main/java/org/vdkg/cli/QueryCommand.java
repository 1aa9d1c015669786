package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Suggest;
import org.vdkg.problem.UserException;
import org.vdkg.query.QueryRunner;
import org.vdkg.query.ResultFormat;
import org.vdkg.query.ResultTable;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.problem.Suggest;
import org.vdkg.query.QueryRunner;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.store.SearchIndexConfig;
import org.vdkg.store.Store;

/**
 * {@code vdkg query}: one SPARQL query (a saved query of {@code queries/} by name, a file, or text)
 * against the local database, no server needed, or against the server that serves it ({@code --endpoint},
 * or found); {@code --list} prints the catalogue.
 */
final class QueryCommand implements Command {

    static final Option SPARQL = Option.builder().longOpt("sparql").hasArg().argName("TEXT|FILE.rq")
            .desc("the query, as text or as a file name (instead of NAME)").get();
    static final Option LIST = Option.builder().longOpt("list")
            .desc("list the saved queries of queries/ with the question each answers").get();
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("table, csv, tsv or json (default table); CONSTRUCT answers are Turtle (json: JSON-LD)").get();
    static final Option TIMEOUT = Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("query timeout in seconds (default 30)").get();

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String arguments() {
        return "[NAME|FILE.rq]";
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String summary() {
        return "Run a saved query (NAME), a query file or --sparql TEXT against the local database (or the server serving it).";
    }

    @Override
    public Options options() {
        return new Options().addOption(LIST).addOption(SPARQL).addOption(FORMAT).addOption(CommonOptions.DB)
                .addOption(CommonOptions.ROOT).addOption(TIMEOUT).addOption(CommonOptions.ENDPOINT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        SavedQueryCatalogue catalogue = new SavedQueryCatalogue(layout.queriesDir());
        if (line.hasOption(LIST)) {
            printList(catalogue, ctx);
            return Outcome.OK;
        }
        String named = line.getArgList().isEmpty() ? null : line.getArgList().get(0);
        if ((named == null) == !line.hasOption(SPARQL)) {
            throw new UsageException("query needs one of NAME, FILE.rq or --sparql TEXT (or --list)");
        }
        String format = line.getOptionValue(FORMAT, "table").toLowerCase(Locale.ROOT);
        ResultFormat rowFormat = ResultFormat.named(format).orElseThrow(() ->
                new UsageException("--format must be table, csv, tsv or json, not '" + format + "'"));
        long timeout = CommonOptions.positive(line, TIMEOUT, 30);
        String text = named != null ? savedText(catalogue, named, ctx) : queryText(line.getOptionValue(SPARQL), ctx);
        Query query = QueryRunner.parse(text);
        Path db = CommonOptions.db(line, ctx, layout);
        Optional<RemoteEndpoint> remote = CommonOptions.endpoint(line, ctx, db);
        if (remote.isPresent()) {
            RemoteEndpoint.Result r = remote.get().query(query, timeout * 1000);
            print(r.answer(), rowFormat, ctx);
            if (r.mayBeCut()) {
                ctx.err().println("vdkg: the server answers at most " + r.rowCap().getAsLong() + " rows, so this answer may be cut;"
                        + " page with LIMIT and OFFSET, or stop the server to query the database directly");
            }
            return Outcome.OK;
        }
        // With the text index the assembler file describes, so that text:query searches as on the server.
        Path config = layout.root().resolve("fuseki-config").resolve("vdkg.ttl");
        try (Store store = Store.open(db, (ds, dir) -> SearchIndexConfig.searchable(ds, config, dir))) {
            print(QueryRunner.run(store, query, timeout * 1000), rowFormat, ctx);
        }
        return Outcome.OK;
    }

    private static void printList(SavedQueryCatalogue catalogue, CommandContext ctx) {
        List<SavedQuery> queries = catalogue.list();
        int w = queries.stream().mapToInt(q -> q.id().length()).max().orElse(0);
        for (SavedQuery q : queries) {
            ctx.out().println(Help.pad(q.id(), w + 2) + q.question());
        }
    }

    private static String savedText(SavedQueryCatalogue catalogue, String name, CommandContext ctx) {
        Optional<SavedQuery> q = catalogue.find(name);
        if (q.isEmpty() && name.endsWith(".rq")) {
            q = catalogue.find(ctx.resolve(name).toString());
        }
        return q.map(SavedQuery::text).orElseThrow(() -> new UserException("no saved query '" + name + "' in "
                + catalogue.dir() + Suggest.closest(name, catalogue.list().stream().map(SavedQuery::id).toList())
                        .map(c -> " (did you mean '" + c + "'?)").orElse("")
                + "; 'vdkg query --list' shows them all"));
    }

    private static String queryText(String arg, CommandContext ctx) {
        Path file = ctx.resolve(arg);
        boolean looksLikeFile = arg.endsWith(".rq") || arg.endsWith(".sparql");
        if (looksLikeFile || (!arg.contains("{") && Files.isRegularFile(file))) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read the query file " + arg + ": " + e.getMessage());
            }
        }
        return arg;
    }

    private static void print(QueryRunner.Answer a, ResultFormat format, CommandContext ctx) {
        if (a.rows() != null) {
            if (format == ResultFormat.JSON) {
                // The standard SPARQL 1.1 JSON results, so tools read it as they read the server's answers.
                ResultSetFormatter.outputAsJSON(ctx.out(), a.rows());
            } else {
                Writer w = new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8);
                ResultTable.of(a.rows()).write(format, w);
            }
        } else if (a.ask() != null) {
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(ctx.out(), a.ask());
                case TSV -> ResultSetFormatter.outputAsTSV(ctx.out(), a.ask());
                case JSON -> ResultSetFormatter.outputAsJSON(ctx.out(), a.ask());
                default -> ctx.out().println(a.ask() ? "yes" : "no");
            }
        } else {
            a.graph().setNsPrefixes(a.query().getPrefixMapping());
            RDFDataMgr.write(ctx.out(), a.graph(), format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
