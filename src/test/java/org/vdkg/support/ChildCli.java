package org.vdkg.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code vdkg} in a child JVM (the test classpath), optionally inside a private mount namespace where a
 * directory is a small tmpfs (a disk that fills up) or a read-only bind mount. The namespace ({@code unshare} of
 * util-linux; a user namespace when not root) needs no privilege on a usual Linux, touches nothing outside the
 * child, and vanishes with it. Where it is not available, tests are skipped, or fail under {@code VDKG_REQUIRE_TOOLS=1}.
 */
public final class ChildCli {

    private ChildCli() {
    }

    /** The command line of {@code vdkg args} in a child JVM with a small heap. */
    public static List<String> vdkg(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "org.vdkg.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The first line a child prints on standard output (a server's banner), or null when it ends first; fails after {@code seconds}. */
    public static String firstLine(Process p, long seconds) throws Exception {
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(seconds, TimeUnit.SECONDS);
    }

    /** Runs {@code vdkg args} with stdout and stderr merged. */
    public static Tools.Run run(String... args) {
        return Tools.run(300, vdkg(args).toArray(String[]::new));
    }

    /** Runs {@code vdkg args} with its standard output sent to {@code stdout} (e.g. {@code /dev/full}); returns stderr. */
    public static Tools.Run runWithStdout(File stdout, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile("vdkg-child-", ".err");
        try {
            Process p = new ProcessBuilder(vdkg(args)).redirectOutput(stdout).redirectError(err.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("vdkg " + String.join(" ", args) + " did not finish");
            }
            return new Tools.Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /**
     * Runs {@code script} (sh) in a private mount namespace after mounting a tmpfs of {@code size} (e.g. {@code 2m})
     * on {@code dir}; {@code $VDKG} in the script is the child-JVM command line of vdkg.
     */
    public static Tools.Run inFullDisk(Path dir, String size, String script) {
        return inNamespace("mount -t tmpfs -o size=" + size + " vdkg-test \"$D\"", dir, script);
    }

    /** Runs {@code script} (sh) in a private mount namespace where {@code dir} is mounted read-only. */
    public static Tools.Run inReadOnly(Path dir, String script) {
        return inNamespace("mount --bind \"$D\" \"$D\" && mount -o remount,bind,ro \"$D\"", dir, script);
    }

    /** Starts {@code script} in a namespace where {@code dir} is read-only, for a long-running command such as serve. */
    public static Process startInReadOnly(Path dir, String script, Path log) throws IOException {
        String mount = "mount --bind \"$D\" \"$D\" && mount -o remount,bind,ro \"$D\"";
        requireNamespace(mount, dir);
        return new ProcessBuilder(namespaced(mount, dir, script)).redirectError(log.toFile()).start();
    }

    private static Tools.Run inNamespace(String mount, Path dir, String script) {
        requireNamespace(mount, dir);
        return Tools.run(600, namespaced(mount, dir, script).toArray(String[]::new));
    }

    /** Skips (or, where tools are required, fails) when this machine cannot make the mount in a private namespace. */
    private static void requireNamespace(String mount, Path dir) {
        Tools.Run probe = Tools.run(60, namespaced(mount, dir, "true").toArray(String[]::new));
        if (probe.exit() != 0) {
            Tools.unavailable("cannot mount in a private namespace here (unshare and mount of util-linux, user namespaces): "
                    + probe.out().strip());
        }
    }

    private static List<String> namespaced(String mount, Path dir, String script) {
        String unshare = Tools.require("unshare", "util-linux");
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> cmd = new ArrayList<>(List.of(unshare, "--mount", "--propagation", "private"));
        if (!root) {
            cmd.addAll(1, List.of("--user", "--map-root-user"));
        }
        // Split on blanks where the script writes $VDKG: the temporary and class paths of a test run have none.
        String vdkg = String.join(" ", vdkg());
        cmd.addAll(List.of("sh", "-c", "set -e; D=" + quote(dir.toString()) + "; " + mount + "; set +e; VDKG=" + quote(vdkg)
                + "; " + script));
        return cmd;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
