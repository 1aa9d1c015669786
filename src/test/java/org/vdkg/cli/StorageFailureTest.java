package org.vdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.ChildCli;
import org.vdkg.support.Cli;
import org.vdkg.support.ReadOnlyDir;
import org.vdkg.support.TestProject;
import org.vdkg.support.Tools;

/**
 * A full, read-only or forbidden disk is the user's environment: {@code build}, {@code export} and {@code query} end
 * with exit 1 and one line that names the path and what to do, never exit 2 ("report it as a bug") or a stack trace,
 * and an existing database stays as it was. The disks are real: a small tmpfs and a read-only bind mount in a private
 * mount namespace, a file size limit, {@code /dev/full}, an immutable (root) or unwritable directory.
 */
class StorageFailureTest {

    private static Path dir;
    private static Path db;
    /** Kibibytes the built database takes on disk. */
    private static long dbKib;
    private static long triples;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("vdkg-storage-");
        TestProject.copyInto(dir);
        db = dir.resolve("run/db");
        Cli.Run r = Cli.run("-q", "build", "--root", dir.toString());
        assertEquals(0, r.exit(), r.err());
        Tools.Run du = Tools.run(60, "du", "-sk", db.toString());
        dbKib = Long.parseLong(du.out().trim().split("\\s+")[0]);
        assertTrue(dbKib > 100, du.out());
        Cli.Run count = Cli.run("-q", "query", "--root", dir.toString(), "--format", "csv", "--sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        triples = Long.parseLong(count.out().lines().toList().get(1).strip());
    }

    @AfterAll
    static void clean() {
        TestProject.deleteTree(dir);
    }

    /** The one line a storage failure gives: the path, what happened, what to do; no trace, no "bug". */
    private static void assertOneClearLine(Tools.Run r, String path, String what) {
        assertOneClearLine(r, path, what, "");
    }

    /** As above, where the line also contains {@code also}. */
    private static void assertOneClearLine(Tools.Run r, String path, String what, String also) {
        assertEquals(1, r.exit(), r.out());
        List<String> lines = r.out().lines().filter(l -> l.startsWith("vdkg: ")).toList();
        assertEquals(1, lines.size(), r.out());
        String line = lines.get(0);
        assertTrue(line.startsWith("vdkg: cannot write " + path + ": " + what), "expected '" + path + ": " + what + "' in: " + r.out());
        assertTrue(line.contains("; ") && line.contains(also), "says what to do: " + line);
        assertFalse(r.out().contains("internal error") || r.out().contains("Exception") || r.out().contains("\tat ")
                || r.out().contains("InternalError"), r.out());
    }

    /**
     * Builds into a tmpfs that holds a fraction of the database: the build fails in TDB2's node table, in its
     * memory-mapped indexes or in the Lucene index, depending on where the space runs out.
     */
    @ParameterizedTest(name = "{0} % of the space a build needs")
    @ValueSource(ints = {5, 30, 85})
    void aBuildOnAFullDiskIsTheUsersError(int percent) {
        Path mount = dir.resolve("full-" + percent);
        mkdir(mount);
        Tools.Run r = ChildCli.inFullDisk(mount, dbKib * percent / 100 + "k",
                "$VDKG -q build --root " + dir + " --db " + mount.resolve("db") + " 2>&1");
        // Where TDB2 writes through a memory-mapped file, the kernel reports no more than a fault.
        assertOneClearLine(r, mount.resolve("db").toString(), r.out().contains("memory-mapped") ? "a memory-mapped file" : "the disk is full",
                "free some space, or write to another disk (--db DIR)");
    }

    @Test
    void aBuildThatFillsTheDiskLeavesThePreviousDatabaseServing() {
        Path mount = dir.resolve("full-again");
        mkdir(mount);
        Path there = mount.resolve("db");
        // Room for one database and half of a second: the rebuild runs out of space before its swap.
        Tools.Run r = ChildCli.inFullDisk(mount, dbKib * 3 / 2 + "k", "$VDKG -q build --root " + dir + " --db " + there
                + " 2>&1; echo \"first=$?\"; $VDKG -q build --root " + dir + " --db " + there + " 2>&1; echo \"second=$?\"; "
                + "$VDKG -q query --root " + dir + " --db " + there + " --format csv --sparql 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' 2>&1;"
                + " echo \"query=$?\"; ls " + mount);
        assertTrue(r.out().contains("first=0"), r.out());
        assertTrue(r.out().contains("second=1") && r.out().contains("vdkg: cannot write " + there + ": "), r.out());
        assertTrue(r.out().contains("query=0") && r.out().lines().anyMatch(l -> l.strip().equals(Long.toString(triples))),
                "the first database still answers with its " + triples + " triples: " + r.out());
        assertFalse(r.out().contains("db.new-"), "no half-built directory is left: " + r.out());
        assertFalse(r.out().contains("internal error"), r.out());
    }

    @Test
    void aBuildOverTheFileSizeLimitIsTheUsersError() {
        Path target = dir.resolve("limited/db");
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", "-c", "ulimit -f 512; exec \"$@\" 2>&1", "sh"));
        cmd.addAll(ChildCli.vdkg("-q", "build", "--root", dir.toString(), "--db", target.toString()));
        Tools.Run r = Tools.run(300, cmd.toArray(String[]::new));
        assertOneClearLine(r, target.toString(), "a file grew over the file size limit");
        assertTrue(r.out().contains("ulimit -f"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export", "export --format nq", "export --format graphml", "query --format csv",
        "query --format json"})
    void standardOutputOnAFullDiskIsTheUsersError(String command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("-q"));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of("--root", dir.toString()));
        if (command.startsWith("query")) {
            args.addAll(List.of("--sparql", "SELECT * { ?s ?p ?o }"));
        }
        Tools.Run r = ChildCli.runWithStdout(new File("/dev/full"), args.toArray(String[]::new));
        assertEquals(1, r.exit(), r.out());
        assertEquals("vdkg: cannot write standard output: the disk is full; free some space, or write to another disk"
                + " (--out FILE)", r.out().strip());
    }

    @Test
    void exportToADeviceOrThroughALinkWritesInPlace() throws Exception {
        Tools.Run full = ChildCli.run("-q", "export", "--root", dir.toString(), "--out", "/dev/full");
        assertOneClearLine(full, "/dev/full", "the disk is full");
        assertFalse(Files.exists(Path.of("/dev/full.part")), "no file is made next to the device");
        // A link like /dev/stdout, made here so that a mistake could only replace this link.
        Path stdout = Files.createSymbolicLink(dir.resolve("stdout-link"), Path.of("/proc/self/fd/1"));
        Tools.Run r = ChildCli.run("-q", "export", "--format", "nq", "--root", dir.toString(), "--out", stdout.toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals(triples, r.out().lines().filter(l -> l.endsWith(" .")).count(), "the quads went to standard output");
        assertTrue(Files.isSymbolicLink(stdout), "the link is still a link");
        // A link to a regular file: the file gets the export, the link stays.
        Path target = dir.resolve("export-target.nq");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.nq"), target);
        Cli.Run viaLink = Cli.run("-q", "export", "--format", "nq", "--root", dir.toString(), "--out", link.toString());
        assertEquals(0, viaLink.exit(), viaLink.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(triples, Files.readAllLines(target).size());
    }

    @Test
    void aReadOnlyFileSystemIsTheUsersError() {
        Path ro = dir.resolve("ro");
        mkdir(ro);
        Tools.Run build = ChildCli.inReadOnly(ro, "$VDKG -q build --root " + dir + " --db " + ro.resolve("db") + " 2>&1");
        assertOneClearLine(build, ro.resolve("db").toString(), "the file system is read-only");
        Tools.Run export = ChildCli.inReadOnly(ro, "$VDKG -q export --root " + dir + " --out " + ro.resolve("all.trig") + " 2>&1");
        assertOneClearLine(export, ro.resolve("all.trig").toString(), "the file system is read-only");
        assertTrue(export.out().contains("(--out FILE)"), export.out());
    }

    @Test
    void aDirectoryThisUserCannotWriteIsTheUsersError() throws Exception {
        Path locked = dir.resolve("locked");
        mkdir(locked);
        try (ReadOnlyDir ro = ReadOnlyDir.of(locked)) {
            Cli.Run build = Cli.run("-q", "build", "--root", dir.toString(), "--db", locked.resolve("db").toString());
            assertOneClearLine(new Tools.Run(build.exit(), build.err()), locked.resolve("db").toString(), "");
            assertTrue(build.err().contains("not permitted") || build.err().contains("permission denied"), build.err());
            Cli.Run export = Cli.run("-q", "export", "--root", dir.toString(), "--out", locked.resolve("x.ttl").toString());
            assertOneClearLine(new Tools.Run(export.exit(), export.err()), locked.resolve("x.ttl").toString(), "");
        }
        assertTrue(new DatabaseDirs(db).isComplete());
    }

    @Test
    void aFileWhereADirectoryBelongsIsTheUsersError() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        Cli.Run build = Cli.run("-q", "build", "--root", dir.toString(), "--db", file.resolve("db").toString());
        assertOneClearLine(new Tools.Run(build.exit(), build.err()), file.resolve("db").toString(),
                "a file stands where a directory is needed");
        Cli.Run nested = Cli.run("-q", "build", "--root", dir.toString(), "--db", file.resolve("deeper/db").toString());
        assertOneClearLine(new Tools.Run(nested.exit(), nested.err()), file.resolve("deeper/db").toString(),
                "a file stands where a directory is needed");
        Cli.Run export = Cli.run("-q", "export", "--root", dir.toString(), "--out", file.resolve("x.nq").toString());
        assertEquals(1, export.exit(), export.err());
        assertEquals("vdkg: cannot write " + file.resolve("x.nq") + ": " + file + " is a file, not a directory; choose another path",
                export.err().strip());
        Cli.Run intoDir = Cli.run("-q", "export", "--root", dir.toString(), "--out", dir.toString());
        assertEquals(1, intoDir.exit(), intoDir.err());
        assertTrue(intoDir.err().contains("is a directory; give --out a file name"), intoDir.err());
    }

    private static void mkdir(Path p) {
        try {
            Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
