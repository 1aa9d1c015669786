package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;
import org.vdkg.yaml.YamlReader;

/**
 * Hostile curated input (deep nesting, a huge file, an alias bomb, invalid UTF-8, control characters) is refused
 * with a clear VDKG-E001 problem naming the file and, where it has one, the line and column, within a small heap,
 * and the database is not touched.
 */
class HostileInputTest {

    private static final String BASE = IriScheme.DEFAULT_BASE;
    private static Path dir;
    private static ProjectLayout layout;
    private static Path db;
    private static String stamp;

    @BeforeAll
    static void build() throws IOException {
        dir = Files.createTempDirectory("vdkg-hostile-");
        layout = TestProject.copyInto(dir);
        db = dir.resolve("run/db");
        assertTrue(new DatabaseBuilder("test").build(layout, BASE, db).built());
        stamp = Files.readString(db.resolve(DatabaseDirs.STAMP));
    }

    @AfterAll
    static void clean() {
        TestProject.deleteTree(dir);
    }

    /**
     * Each kind with where its problem must point: {@code line:column}, or {@code file} for a whole-file limit
     * (the size, checked before reading).
     */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "deeply-nested, 1:42", "huge-file, file", "alias-bomb, 4:20", "invalid-utf8, 2:10", "many-aliases, 4:12",
        "invalid-utf8-later, 5:19", "latin1-name, 4:32", "nul-byte, 4:20", "nul-escape, 4:17", "escape-key, 4:20",
        "deep-block-maps, 3:128", "alias-bomb-block, 14:5"})
    void hostileInputIsRefusedClearlyInBoundedMemoryAndTheDatabaseIsUnchanged(String kind, String where) throws Exception {
        Path file = layout.root().resolve("data/entities/zz-" + kind + ".yaml");
        write(kind, file);
        try {
            BuildResult r = new DatabaseBuilder("test").build(layout, BASE, db);
            assertFalse(r.built());
            String expected = "data/entities/zz-" + kind + ".yaml" + (where.equals("file") ? ": error" : ":" + where + ": error");
            assertTrue(r.problems().stream().anyMatch(p -> p.id().equals("VDKG-E001") && p.format().startsWith(expected)),
                    expected + " in " + r.problems());
            assertEquals(stamp, Files.readString(db.resolve(DatabaseDirs.STAMP)), "the database is unchanged");
            assertTrue(new DatabaseDirs(db).leftovers().isEmpty());

            String out = validateInSmallHeap(kind);
            assertTrue(out.contains(expected + " VDKG-E001"), out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFileJustUnderTheSizeLimitIsReadWithinTheSameSmallHeap() throws Exception {
        Path file = layout.root().resolve("data/entities/zz-near-limit.yaml");
        String line = "  - {id: filler, type: City, label: {en: \"x\"}}\n";
        Files.writeString(file, "entities:\n" + line.repeat((int) (YamlReader.MAX_FILE_BYTES / line.length()) - 1));
        assertTrue(Files.size(file) <= YamlReader.MAX_FILE_BYTES);
        try {
            String out = validateInSmallHeap("near-limit");
            assertTrue(out.contains("VDKG-E005"), "read through to the duplicate-slug check: " + out.lines().findFirst().orElse(""));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs {@code vdkg validate} in a child JVM with a 96 MB heap: a clean data error (exit 1), no OutOfMemoryError. */
    private static String validateInSmallHeap(String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"), "org.vdkg.cli.Main",
                "-q", "validate", "--root", layout.root().toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "validate finished");
        String out = Files.readString(log);
        assertFalse(out.contains("OutOfMemoryError") || out.contains("StackOverflowError"), out);
        assertEquals(1, p.exitValue(), out);
        return out;
    }

    /** Text and single bytes (ints) in file order, the text as UTF-8. */
    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(p.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static void write(String kind, Path file) throws IOException {
        switch (kind) {
            case "deeply-nested" -> Files.writeString(file, "entities: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
            case "huge-file" -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    byte[] line = "  - {id: filler, type: City, label: {en: \"x\"}}\n".getBytes(StandardCharsets.UTF_8);
                    out.write("entities:\n".getBytes(StandardCharsets.UTF_8));
                    for (long written = 0; written < 6L * 1024 * 1024; written += line.length) {
                        out.write(line);
                    }
                }
            }
            case "alias-bomb" -> {
                StringBuilder sb = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
                for (int i = 1; i < 10; i++) {
                    sb.append("a").append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < 9; j++) {
                        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                    }
                    sb.append("]\n");
                }
                Files.writeString(file, sb);
            }
            case "invalid-utf8-later" -> Files.write(file, bytes("entities:\n  - id: zz-a\n    type: City\n    note: \"x\"\n"
                + "    label: {en: \"A", 0xC3, 0x28, "B\"}\n"));
            // "Hà Nội" saved as Windows-1252: 0xE0 starts a three-byte sequence that never completes.
            case "latin1-name" -> Files.write(file, bytes("entities:\n  - id: zz-a\n    type: City\n    label: {en: \"Hanoi\", vi: \"H",
                0xE0, " N", 0xF4, "i\"}\n    note: \"x\"\n"));
            case "nul-byte" -> Files.write(file, bytes("entities:\n  - id: zz-a\n    type: City\n    label: {en: \"AB", 0x00, "C\"}\n"));
            case "nul-escape" -> Files.writeString(file, "entities:\n  - id: zz-a\n    type: City\n    label: {en: \"A\\0B\"}\n");
            case "escape-key" -> Files.writeString(file, "entities:\n  - id: zz-a\n    type: City\n    label: {en: A, \"e\\x1bn\": B}\n");
            case "deep-block-maps" -> Files.writeString(file, "entities:\n  - id: x\n    label: " + "{a: ".repeat(40) + "1"
                + "}".repeat(40) + "\n");
            case "alias-bomb-block" -> {
                StringBuilder sb = new StringBuilder("entities:\n  - id: zz-a\n    type: City\n    label: &l {en: A}\n    note: x\n"
                    + "x: [");
                sb.append("*l, ".repeat(5)).append("]\ny: [").append("*l, ".repeat(5)).append("]\nz: [").append("*l, ".repeat(5))
                    .append("]\nw: [").append("*l, ".repeat(5)).append("]\n\n\n\n\nv: [").append("*l, ".repeat(5)).append("]\n");
                Files.writeString(file, sb);
            }
            case "invalid-utf8" -> Files.write(file, new byte[] {'e', 'n', 't', 'i', 't', 'i', 'e', 's', ':', '\n', ' ', ' ', '-', ' ',
                '{', 'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '}', '\n'});
            default -> {
                // Few aliases each, but nested: expands to millions of nodes without crossing the alias count.
                StringBuilder sb = new StringBuilder("base: &b [" + "\"x\", ".repeat(2_000) + "\"x\"]\n");
                sb.append("l1: &l1 [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
                sb.append("l2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\n");
                sb.append("entities: [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\n");
                Files.writeString(file, sb);
            }
        }
    }
}
