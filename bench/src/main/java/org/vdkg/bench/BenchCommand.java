package org.vdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.vdkg.cli.Command;
import org.vdkg.cli.CommandContext;
import org.vdkg.cli.CommonOptions;
import org.vdkg.cli.Outcome;
import org.vdkg.cli.UsageException;
import org.vdkg.layout.ProjectLayout;

/** {@code vdkg bench} (found by {@link org.vdkg.cli.Commands} on the class path): builds synthetic corpora N times the curated data and measures vdkg against Jena's stock tools. */
public final class BenchCommand implements Command {

    static final Option N = Option.builder().longOpt("n").hasArg().argName("N,N,...")
            .desc("corpus sizes, in copies of the curated data (default 1,100)").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("DIR")
            .desc("where bench.csv, bench.json and bench.txt go (default ROOT/target/bench)").get();
    static final Option WORK = Option.builder().longOpt("work").hasArg().argName("DIR")
            .desc("where corpora and databases are made (default OUT/work)").get();
    static final Option STOCK = Option.builder().longOpt("stock-jar").hasArg().argName("JAR")
            .desc("the jena-fuseki-server jar (default ROOT/target/stock-fuseki/jena-fuseki-server-5.6.0.jar)").get();
    static final Option XMX = Option.builder().longOpt("xmx").hasArg().argName("SIZE")
            .desc("heap of each server process, as for -Xmx (default 2g)").get();
    static final Option CLIENTS = Option.builder().longOpt("clients").hasArg().argName("C")
            .desc("concurrent HTTP clients (default 4)").get();
    static final Option SECONDS = Option.builder().longOpt("seconds").hasArg().argName("S")
            .desc("measured load per server and mode, in seconds, after as long again unmeasured (default 20)").get();
    static final Option QUERIES = Option.builder().longOpt("queries").hasArg().argName("K")
            .desc("use the first K saved queries (default all)").get();
    static final Option TIMEOUT = Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("query timeout of both servers (default 10)").get();
    static final Option NO_INFERENCE = Option.builder().longOpt("no-inference")
            .desc("skip the stock server with RDFS inference").get();
    static final Option CACHE_MB = Option.builder().longOpt("cache-mb").hasArg().argName("MB")
            .desc("answer cache of the vdkg server with the cache on, as for serve --cache-mb (default: serve's own)").get();
    static final Option KEEP = Option.builder().longOpt("keep")
            .desc("keep the corpora and databases under the work directory").get();

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "Measure build, load, query and start-up speed on synthetic data against the stock Fuseki server.";
    }

    @Override
    public Options options() {
        return new Options().addOption(N).addOption(CommonOptions.ROOT).addOption(OUT).addOption(WORK).addOption(STOCK)
                .addOption(XMX).addOption(CLIENTS).addOption(SECONDS).addOption(QUERIES).addOption(TIMEOUT)
                .addOption(NO_INFERENCE).addOption(CACHE_MB).addOption(KEEP);
    }

    @Override
    public Outcome run(CommandLine line, CommandContext ctx) throws Exception {
        ProjectLayout layout = CommonOptions.layout(line, ctx);
        List<Integer> sizes = new ArrayList<>();
        for (String s : line.getOptionValue(N, "1,100").split(",")) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n < 1 || n > 100_000) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new UsageException("--n needs sizes between 1 and 100000, e.g. 1,100,1000, not '" + s + "'");
            }
        }
        Path out = line.hasOption(OUT) ? ctx.resolve(line.getOptionValue(OUT)) : layout.root().resolve("target").resolve("bench");
        Path work = line.hasOption(WORK) ? ctx.resolve(line.getOptionValue(WORK)) : out.resolve("work");
        Path stock = line.hasOption(STOCK) ? ctx.resolve(line.getOptionValue(STOCK))
                : layout.root().resolve("target/stock-fuseki/jena-fuseki-server-5.6.0.jar");
        String xmx = line.getOptionValue(XMX, "2g");
        if (!xmx.matches("\\d+[kKmMgG]?")) {
            throw new UsageException("--xmx takes a heap size such as 512m or 2g, not '" + xmx + "'");
        }
        long clients = CommonOptions.positive(line, CLIENTS, 4);
        long seconds = CommonOptions.positive(line, SECONDS, 20);
        if (clients < 1 || seconds < 1) {
            throw new UsageException("--clients and --seconds must be at least 1");
        }
        Benchmark.Options o = new Benchmark.Options(sizes, layout, work, stock, xmx, (int) clients, seconds,
                (int) CommonOptions.positive(line, QUERIES, 0), CommonOptions.positive(line, TIMEOUT, 10) * 1000,
                !line.hasOption(NO_INFERENCE), line.hasOption(KEEP),
                line.hasOption(CACHE_MB) ? CommonOptions.positive(line, CACHE_MB, 0) : -1);
        BenchReport report = Benchmark.run(o, ctx.version(), msg -> {
            ctx.err().println("vdkg bench: " + msg);
            ctx.err().flush();
        });
        report.write(out);
        ctx.out().print(report.table() + report.queryTable());
        ctx.err().println("vdkg bench: wrote " + CommonOptions.show(out.resolve("bench.csv"), ctx) + ", bench-queries.csv, bench.json and bench.txt");
        return Outcome.OK;
    }
}
