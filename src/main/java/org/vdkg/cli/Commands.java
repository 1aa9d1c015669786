package org.vdkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of commands, in the order the usage lists them: this jar's own, then those of other modules on the
 * class path ({@code vdkg bench}, in {@code bench/}), found through {@link ServiceLoader}. Adding a command is one line here.
 */
public final class Commands {

    public static final List<Command> ALL = all();

    /**
     * The commands other modules add, by name, with the jar that brings each: when it is not on the class path (the
     * product jar run alone, {@code java -jar vdkg.jar bench}), the user is told how to run the command instead of
     * reading that it does not exist.
     */
    static final Map<String, String> ELSEWHERE = Map.of("bench", "bench/target/vdkg-bench.jar");

    private Commands() {
    }

    private static List<Command> all() {
        List<Command> all = new ArrayList<>(List.of(
                new ValidateCommand(),
                new CoverageCommand(),
                new NewSourceCommand(),
                new SuggestCommand(),
                new AcceptCommand(),
                new ImportCsvCommand(),
                new ExportCsvCommand(),
                new BuildCommand(),
                new ServeCommand(),
                new QueryCommand(),
                new ExportCommand(),
                new ReleaseCommand(),
                new PushCommand()));
        ServiceLoader.load(Command.class).forEach(all::add);
        return List.copyOf(all);
    }
}
