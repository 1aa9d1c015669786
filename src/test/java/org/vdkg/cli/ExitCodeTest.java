package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.UserException;

/** Main maps every way a command can end to one exit code. */
class ExitCodeTest {

    /** A command that ends the way it is told to. */
    private record Scripted(String name, Runnable body, Outcome outcome) implements Command {
        @Override
        public String summary() {
            return "test command";
        }

        @Override
        public Options options() {
            return new Options();
        }

        @Override
        public Outcome run(CommandLine line, CommandContext ctx) {
            body.run();
            return outcome;
        }
    }

    private static final List<Command> COMMANDS = List.of(
            new Scripted("ok", () -> { }, Outcome.OK),
            new Scripted("data-errors", () -> { }, Outcome.DATA_ERRORS),
            new Scripted("user-error", () -> {
                throw new UserException("no such file: x.rq");
            }, Outcome.OK),
            new Scripted("bug", () -> {
                throw new IllegalStateException("the impossible happened");
            }, Outcome.OK),
            // Storage failures as libraries wrap them: TDB2 (RuntimeIOException), NIO, a memory-mapped write.
            new Scripted("disk-full", () -> {
                throw new org.apache.jena.atlas.RuntimeIOException(new java.io.IOException("No space left on device"));
            }, Outcome.OK),
            new Scripted("read-only", () -> {
                throw new java.io.UncheckedIOException(new java.nio.file.FileSystemException("/data/run/db.lock", null,
                        "Read-only file system"));
            }, Outcome.OK),
            new Scripted("denied", () -> {
                throw new IllegalStateException("wrapped", new java.nio.file.AccessDeniedException("/data/run/db"));
            }, Outcome.OK),
            new Scripted("mapped", () -> {
                throw new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
            }, Outcome.OK),
            new Scripted("other-io", () -> {
                throw new java.io.UncheckedIOException(new java.io.IOException("Connection reset by peer"));
            }, Outcome.OK));

    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path cwd = Path.of("").toAbsolutePath();
        int code = Main.run(args, new CommandContext(o, e, cwd, cwd, "test"), COMMANDS);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restoreLogLevels() {
        Configurator.reconfigure();
    }

    @Test
    void successIsZero() {
        assertEquals(0, run("ok").exit());
    }

    @Test
    void wrongDataIsOne() {
        assertEquals(1, run("data-errors").exit());
    }

    @Test
    void aUserErrorIsOneWithTheMessageOnly() {
        Result r = run("user-error");
        assertEquals(1, r.exit());
        assertEquals("vdkg: no such file: x.rq", r.err().strip());
    }

    @Test
    void aFullReadOnlyOrForbiddenDiskIsOneWithOneLine() {
        assertEquals(List.of("vdkg: cannot write: the disk is full; free some space, or write to another disk"),
                run("disk-full").err().lines().toList());
        assertEquals(List.of("vdkg: cannot write /data/run/db.lock: the file system is read-only; write to a writable directory"),
                run("read-only").err().lines().toList());
        assertEquals(List.of("vdkg: cannot write /data/run/db: permission denied; make it writable for this user, or write elsewhere"),
                run("denied").err().lines().toList());
        Result mapped = run("mapped");
        assertEquals(1, mapped.exit());
        assertTrue(mapped.err().contains("memory-mapped file could not be written (the disk is probably full)"), mapped.err());
        for (String name : List.of("disk-full", "read-only", "denied", "mapped")) {
            assertEquals(1, run(name).exit(), name);
        }
        assertEquals(2, run("other-io").exit(), "an I/O failure that is not the disk's stays a bug");
    }

    @Test
    void aBugIsTwoWithAStackTraceOnlyWhenVerbose() {
        Result quiet = run("bug");
        assertEquals(2, quiet.exit());
        assertTrue(quiet.err().contains("the impossible happened"), quiet.err());
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        Result verbose = run("bug", "-v");
        assertEquals(2, verbose.exit());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }
}
