package org.vdkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One {@code vdkg} command. A command only parses its options, resolves paths, calls one
 * operation and prints what it returned; it never exits (see {@link Main} for exit codes).
 * To add a command, implement this and list it in {@link Commands#ALL} (a command of another module registers
 * itself in {@code META-INF/services/org.vdkg.cli.Command}).
 */
public interface Command {

    /** The word typed after {@code vdkg}. */
    String name();

    /** The positional arguments as the usage line shows them, e.g. {@code [NAME|FILE.rq]}; none by default. */
    default String arguments() {
        return "";
    }

    /** How many positional arguments the command accepts; more is a usage error. */
    default int maxArguments() {
        return 0;
    }

    /** One line saying what the command does. */
    String summary();

    /** The command's own options; {@code --help}, {@code -v} and {@code -q} are added by {@link Main}. */
    Options options();

    /**
     * Runs the command. Throw {@link org.vdkg.problem.UserException} when the user's data or arguments are
     * wrong, {@link UsageException} for a bad command line.
     */
    Outcome run(CommandLine line, CommandContext ctx) throws Exception;
}
