package org.vdkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;

/**
 * {@code vdkg <command> [options]}. The one place where outcomes become exit codes:
 * {@value #OK} ok; {@value #USER_ERROR} the user's data or arguments are wrong (message only);
 * {@value #USAGE_OR_BUG} a usage error or an internal bug (stack trace only with {@code -v}).
 */
public final class Main {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_OR_BUG = 2;

    /** System property naming the default project root (set by the {@code ./vdkg} launcher); else the working directory. */
    public static final String ROOT_PROPERTY = "vdkg.root";

    private static final Option HELP = Option.builder("h").longOpt("help").desc("show this help").get();
    private static final Option VERSION = Option.builder().longOpt("version").desc("print the version").get();
    private static final Option VERBOSE = Option.builder("v").longOpt("verbose").desc("log more (vdkg at DEBUG, libraries at INFO)").get();
    private static final Option QUIET = Option.builder("q").longOpt("quiet").desc("log errors only").get();

    /**
     * Caffeine (TDB2's node cache) also logs, through java.util.logging, a storage fault it meets in its upkeep, which
     * the build then reports as the user's error: on a full disk that was a stack trace before vdkg's one-line message.
     * Its warnings are off in the command; its errors still show. A field, since java.util.logging holds loggers weakly.
     */
    private static final java.util.logging.Logger CAFFEINE = java.util.logging.Logger.getLogger("com.github.benmanes.caffeine");

    private Main() {
    }

    public static void main(String[] args) {
        CAFFEINE.setLevel(java.util.logging.Level.SEVERE);
        StandardOutput out = StandardOutput.open();
        System.setOut(out);
        int code = run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    /** Runs {@code vdkg args} and returns its exit code; never calls {@link System#exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path cwd = Path.of("").toAbsolutePath();
        String rootProp = System.getProperty(ROOT_PROPERTY);
        Path root = rootProp == null || rootProp.isBlank() ? cwd : Path.of(rootProp).toAbsolutePath();
        return run(args, new CommandContext(out, err, cwd, root, version()));
    }

    static int run(String[] args, CommandContext ctx) {
        return run(args, ctx, Commands.ALL);
    }

    /** Runs {@code args} against the given commands (tests pass their own). */
    static int run(String[] args, CommandContext ctx, List<Command> commands) {
        boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
        try {
            int code = dispatch(args, ctx, commands);
            return code == OK ? outputWritten(ctx) : code;
        } catch (UsageException e) {
            ctx.err().println("vdkg: " + e.getMessage());
            return USAGE_OR_BUG;
        } catch (UserException e) {
            ctx.err().println("vdkg: " + e.getMessage());
            return USER_ERROR;
        } catch (Exception | LinkageError | AssertionError | InternalError e) {
            // A full, read-only or forbidden disk is the user's environment, not a bug, wherever it surfaced.
            Optional<UserException> storage = StorageFailure.of(e, null, null);
            if (storage.isPresent()) {
                ctx.err().println("vdkg: " + storage.get().getMessage());
                if (verbose) {
                    e.printStackTrace(ctx.err());
                }
                return USER_ERROR;
            }
            ctx.err().println("vdkg: internal error: " + e);
            if (verbose) {
                e.printStackTrace(ctx.err());
            } else {
                ctx.err().println("vdkg: run again with -v for the stack trace, and report it as a bug");
            }
            return USAGE_OR_BUG;
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /** OK, or a user error when standard output could not be written (a full disk behind a redirection, a closed pipe). */
    private static int outputWritten(CommandContext ctx) {
        if (!ctx.out().checkError()) {
            return OK;
        }
        Optional<java.io.IOException> why = ctx.out() instanceof StandardOutput so ? so.failure() : Optional.empty();
        ctx.err().println("vdkg: " + why.flatMap(e -> StorageFailure.of(e, "standard output", "--out FILE")).map(Throwable::getMessage)
                .orElse("cannot write standard output" + why.map(e -> ": " + e.getMessage()).orElse("")));
        return USER_ERROR;
    }

    private static int dispatch(String[] args, CommandContext ctx, List<Command> commands) throws Exception {
        Options global = new Options().addOption(HELP).addOption(VERSION).addOption(VERBOSE).addOption(QUIET);
        CommandLine g;
        try {
            g = DefaultParser.builder().get().parse(global, args, true);
        } catch (UnrecognizedOptionException e) {
            ctx.err().println("vdkg: unknown option " + e.getOption());
            ctx.err().print(usage(commands));
            return USAGE_OR_BUG;
        }
        setLogLevel(g.hasOption(VERBOSE), g.hasOption(QUIET));
        if (g.hasOption(VERSION)) {
            ctx.out().println("vdkg " + ctx.version());
            return OK;
        }
        List<String> rest = g.getArgList();
        if (g.hasOption(HELP)) {
            ctx.out().print(usage(commands));
            return OK;
        }
        if (rest.isEmpty()) {
            ctx.err().println("vdkg: no command given");
            ctx.err().print(usage(commands));
            return USAGE_OR_BUG;
        }
        String name = rest.get(0);
        if (name.startsWith("-")) {
            ctx.err().println("vdkg: unknown option " + name);
            ctx.err().print(usage(commands));
            return USAGE_OR_BUG;
        }
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null && Commands.ELSEWHERE.containsKey(name)) {
            ctx.err().println("vdkg: '" + name + "' needs the " + name + " module's jar (" + Commands.ELSEWHERE.get(name)
                + ") on the class path; run it as ./vdkg " + name + ", which builds that jar and adds it");
            ctx.err().print(usage(commands));
            return USAGE_OR_BUG;
        }
        if (command == null) {
            ctx.err().println("vdkg: unknown command '" + name + "'");
            ctx.err().print(usage(commands));
            return USAGE_OR_BUG;
        }
        Options options = withCommon(command.options());
        String[] commandArgs = rest.subList(1, rest.size()).toArray(String[]::new);
        CommandLine line;
        try {
            line = DefaultParser.builder().get().parse(options, commandArgs);
        } catch (UnrecognizedOptionException e) {
            ctx.err().println("vdkg " + name + ": unknown option " + e.getOption());
            ctx.err().print(Help.command(command, options));
            return USAGE_OR_BUG;
        } catch (ParseException e) {
            ctx.err().println("vdkg " + name + ": " + e.getMessage());
            ctx.err().print(Help.command(command, options));
            return USAGE_OR_BUG;
        }
        if (line.hasOption(HELP)) {
            ctx.out().print(Help.command(command, options));
            return OK;
        }
        if (line.getArgList().size() > command.maxArguments()) {
            ctx.err().println("vdkg " + name + ": unexpected argument '" + line.getArgList().get(command.maxArguments()) + "'");
            ctx.err().print(Help.command(command, options));
            return USAGE_OR_BUG;
        }
        setLogLevel(g.hasOption(VERBOSE) || line.hasOption(VERBOSE), g.hasOption(QUIET) || line.hasOption(QUIET));
        Outcome outcome = command.run(line, ctx);
        return outcome == Outcome.OK ? OK : USER_ERROR;
    }

    private static Options withCommon(Options own) {
        Options all = new Options();
        own.getOptions().forEach(all::addOption);
        all.addOption(HELP).addOption(VERBOSE).addOption(QUIET);
        return all;
    }

    static String usage(List<Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: vdkg <command> [options]\n\ncommands:\n");
        int w = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (Command c : commands) {
            sb.append("  ").append(Help.pad(c.name(), w + 2)).append(c.summary()).append('\n');
        }
        sb.append("\nglobal options:\n");
        sb.append(Help.options(List.of(HELP, VERSION, VERBOSE, QUIET)));
        sb.append("\nRun 'vdkg <command> --help' for the options of a command.\n");
        return sb.toString();
    }

    private static void setLogLevel(boolean verbose, boolean quiet) {
        if (verbose) {
            Configurator.setRootLevel(Level.INFO);
            Configurator.setLevel("org.vdkg", Level.DEBUG);
        } else if (quiet) {
            Configurator.setRootLevel(Level.ERROR);
            Configurator.setLevel("org.vdkg", Level.ERROR);
        }
    }

    /** The project version, from the filtered {@code version.properties}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
