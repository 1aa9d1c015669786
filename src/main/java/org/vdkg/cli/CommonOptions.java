package org.vdkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.query.RemoteEndpoint;
import org.vdkg.vocab.IriScheme;

/** Options several commands share (those of the bench module too), and how they resolve. */
public final class CommonOptions {

    public static final Option ROOT = Option.builder().longOpt("root").hasArg().argName("DIR")
            .desc("project root holding ontology/ and data/ (default: the current directory)").get();
    public static final Option DB = Option.builder().longOpt("db").hasArg().argName("DIR")
            .desc("TDB2 database directory (default: ROOT/run/db)").get();
    public static final Option BASE = Option.builder().longOpt("base").hasArg().argName("IRI")
            .desc("base IRI of everything vdkg mints (default: " + IriScheme.DEFAULT_BASE + ")").get();

    public static final Option TEXTS = Option.builder().longOpt("texts").hasArg().argName("DIR")
            .desc("folder of the source texts, <file> of each source in data/sources.yaml (default: ../shared/sources beside"
                    + " the project); the texts are cited, never copied into the project").get();

    static final Option ENDPOINT = Option.builder().longOpt("endpoint").hasArg().argName("URL")
            .desc("ask the vdkg server with this SPARQL endpoint (e.g. http://127.0.0.1:3030/vdkg/sparql) instead of opening"
                    + " the database; by default a server serving --db is found and used").get();

    private CommonOptions() {
    }

    /**
     * The server to ask instead of opening {@code db}: the one {@code --endpoint} names, else the one that announced it
     * serves {@code db} and answers (TDB2 lets one process at a time open a database).
     */
    static Optional<RemoteEndpoint> endpoint(CommandLine line, CommandContext ctx, Path db) {
        if (line.hasOption(ENDPOINT)) {
            return Optional.of(RemoteEndpoint.of(line.getOptionValue(ENDPOINT)));
        }
        Optional<RemoteEndpoint> running = RemoteEndpoint.running(db);
        running.ifPresent(r -> ctx.err().println("vdkg: " + show(db, ctx) + " is being served: asking the server at " + r.sparql()));
        return running;
    }

    public static ProjectLayout layout(CommandLine line, CommandContext ctx) {
        Path root = line.hasOption(ROOT) ? ctx.resolve(line.getOptionValue(ROOT)) : ctx.defaultRoot();
        return new ProjectLayout(root);
    }

    /** The source texts' folder: {@code --texts DIR}, else {@code ../shared/sources} beside the project when present. */
    public static Optional<Path> texts(CommandLine line, CommandContext ctx, ProjectLayout layout) {
        if (!line.hasOption(TEXTS)) {
            return layout.sharedSourcesDir();
        }
        Path dir = ctx.resolve(line.getOptionValue(TEXTS));
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new org.vdkg.problem.UserException("--texts " + line.getOptionValue(TEXTS) + " is not a folder; give the folder"
                    + " that holds the source texts");
        }
        return Optional.of(dir);
    }

    /** The positional argument {@code index} of a command, or a usage error naming what is missing. */
    static String argument(CommandLine line, int index, String what) {
        if (line.getArgList().size() <= index) {
            throw new UsageException("missing " + what);
        }
        return line.getArgList().get(index);
    }

    public static Path db(CommandLine line, CommandContext ctx, ProjectLayout layout) {
        return line.hasOption(DB) ? ctx.resolve(line.getOptionValue(DB)) : layout.defaultDb();
    }

    public static String base(CommandLine line) {
        String base = line.getOptionValue(BASE, IriScheme.DEFAULT_BASE);
        if (!base.matches("https?://\\S+/")) {
            throw new UsageException("--base must be an http(s) IRI ending with '/': " + base);
        }
        return base;
    }

    public static long positive(CommandLine line, Option option, long dflt) {
        if (!line.hasOption(option)) {
            return dflt;
        }
        String v = line.getOptionValue(option);
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option.getLongOpt() + " needs a non-negative number, not '" + v + "'");
        }
    }

    /** A path for printing: relative to the working directory when inside it. */
    public static String show(Path p, CommandContext ctx) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(ctx.workingDir()) && !abs.equals(ctx.workingDir()) ? ctx.workingDir().relativize(abs).toString() : abs.toString();
    }
}
