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

    /** python3 with networkx importable; fails naming the Debian package otherwise. */
    public static String python3WithNetworkx() {
        String python = require("python3", "python3 python3-networkx");
        Run r = run(60, python, "-c", "import networkx");
        if (r.exit() != 0) {
            missing("python3 cannot import networkx: run the installs of .ci/run (apt-get install python3-networkx): "
                    + r.out().strip());
        }
        return python;
    }
}
