package org.vdkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.vdkg.UserException;
import org.vdkg.load.ProjectLayout;
import org.vdkg.store.QueryRunner;
import org.vdkg.store.Store;

/** {@code vdkg query}: one SPARQL query against the local database, no server needed. */
final class QueryCommand implements Command {

    static final Option SPARQL = Option.builder().longOpt("sparql").hasArg().argName("TEXT|FILE.rq")
            .desc("the query, as text or as a file name").get();
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FMT")
            .desc("table, csv, tsv or json (default table); CONSTRUCT answers are Turtle (json: JSON-LD)").get();
    static final Option TIMEOUT = Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("query timeout in seconds (default 30)").get();

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "Run one SPARQL query against the local database (the default graph is the union).";
    }

    @Override
    public Options options() {
        return new Options().addOption(SPARQL).addOption(FORMAT).addOption(CommonOptions.DB)
                .addOption(CommonOptions.ROOT).addOption(TIMEOUT);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) {
        if (!line.hasOption(SPARQL)) {
            throw new UsageException("query needs --sparql TEXT|FILE.rq");
        }
        String format = line.getOptionValue(FORMAT, "table").toLowerCase(Locale.ROOT);
        if (!format.matches("table|csv|tsv|json")) {
            throw new UsageException("--format must be table, csv, tsv or json, not '" + format + "'");
        }
        long timeout = CommonOptions.positive(line, TIMEOUT, 30);
        Query query = QueryRunner.parse(queryText(line.getOptionValue(SPARQL), ctx));
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        try (Store store = Store.open(CommonOptions.db(line, ctx, layout))) {
            print(QueryRunner.run(store, query, timeout * 1000), format, ctx);
        }
        return Outcome.OK;
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

    private static void print(QueryRunner.Answer a, String format, CommandContext ctx) {
        if (a.rows() != null) {
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(ctx.out(), a.rows());
                case "tsv" -> ResultSetFormatter.outputAsTSV(ctx.out(), a.rows());
                case "json" -> ResultSetFormatter.outputAsJSON(ctx.out(), a.rows());
                default -> ResultSetFormatter.out(ctx.out(), a.rows(), a.query().getPrefixMapping());
            }
        } else if (a.ask() != null) {
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(ctx.out(), a.ask());
                case "tsv" -> ResultSetFormatter.outputAsTSV(ctx.out(), a.ask());
                case "json" -> ResultSetFormatter.outputAsJSON(ctx.out(), a.ask());
                default -> ctx.out().println(a.ask() ? "yes" : "no");
            }
        } else {
            a.graph().setNsPrefixes(a.query().getPrefixMapping());
            RDFDataMgr.write(ctx.out(), a.graph(), format.equals("json") ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
