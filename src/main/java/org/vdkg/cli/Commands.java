package org.vdkg.cli;

import java.util.List;

/** The registry of commands, in the order the usage lists them. Adding a command is one line here. */
public final class Commands {

    public static final List<Command> ALL = List.of(
            new ValidateCommand(),
            new CoverageCommand(),
            new BuildCommand(),
            new ServeCommand(),
            new QueryCommand(),
            new ExportCommand(),
            new BenchCommand());

    private Commands() {
    }
}
