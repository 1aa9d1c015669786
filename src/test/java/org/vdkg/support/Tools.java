package org.vdkg.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs that tests use as independent readers (Graphviz, networkx, Chromium). A missing one fails the
 * test, naming the Debian packages to install (the ones {@code .ci/run} installs), where {@code VDKG_REQUIRE_TOOLS=1}
 * (CI sets it); elsewhere, on a machine with only a JDK, the test is skipped with that message, so that
 * {@code ./mvnw verify} works there and says what it left untested.
 */
public final class Tools {

    /** Output and exit code of one run. */
    public record Run(int exit, String out) {
    }

    /** The environment variable that turns a missing tool from a skip into a failure. */
    public static final String REQUIRED = "VDKG_REQUIRE_TOOLS";

    private Tools() {
    }

    /** The path of {@code program} on PATH; fails naming {@code debianPackage} when absent. */
    public static String require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return missing(program + " is not installed: run the installs of .ci/run (apt-get install " + debianPackage + ")");
    }

    /** Fails where tools are required (CI), otherwise skips the test; says which in the message. */
    public static String unavailable(String why) {
        return missing(why);
    }

    private static String missing(String why) {
        if ("1".equals(System.getenv(REQUIRED))) {
            throw new AssertionError(why + " (" + REQUIRED + "=1)");
        }
        Assumptions.abort("skipped, " + why + "; set " + REQUIRED + "=1 to make this a failure");
        throw new AssertionError("unreachable");
    }

    /** Runs a command, merging stderr into the output; fails after {@code seconds}. */
    public static Run run(long seconds, String... command) {
        try {
            Path log = Files.createTempFile("vdkg-tool-", ".log");
            try {
                Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(command[0] + " did not finish within " + seconds + " s");
                }
                return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A python3 that can import {@code module}: Debian's {@code /usr/bin/python3} first (where {@code apt-get install
     * debianPackage} puts it), then any python3 on PATH.
     */
    public static String python3With(String module, String debianPackage) {
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir, "python3").toString());
        }
        for (String python : candidates) {
            if (Files.isExecutable(Path.of(python)) && run(60, python, "-c", "import " + module).exit() == 0) {
                return python;
            }
        }
        return missing("no python3 can import " + module + ": run the installs of .ci/run (apt-get install python3 "
                + debianPackage + ")");
    }

    /** python3 with networkx importable. */
    public static String python3WithNetworkx() {
        return python3With("networkx", "python3-networkx");
    }
}
