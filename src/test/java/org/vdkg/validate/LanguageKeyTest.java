package org.vdkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.Cli;
import org.vdkg.support.TestProject;

/**
 * A label, alias or description keyed by something that is no language tag is the curator's error: {@code validate}
 * and {@code build} exit 1 naming file, line, column and the fix, and the database stays as it was.
 */
class LanguageKeyTest {

    private static Path dir;
    private static String stamp;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("vdkg-langkey-");
        TestProject.copyInto(dir);
        Cli.Run r = Cli.run("-q", "build", "--root", dir.toString());
        assertEquals(0, r.exit(), r.err());
        stamp = Files.readString(dir.resolve("run/db").resolve(DatabaseDirs.STAMP));
    }

    @AfterAll
    static void clean() {
        TestProject.deleteTree(dir);
    }

    /** The YAML of the key (quoted as needed), the field, and the column where the key starts on line 4. */
    @ParameterizedTest(name = "{1} key {0}")
    @CsvSource(delimiter = '|', value = {
        "\"x y\"    | label       | 22",
        "\"\"       | label       | 22",
        "\"en US\"  | label       | 22",
        "\"e\\0n\"  | label       | 22",
        "EN        | label       | 22",
        "en_US     | label       | 22",
        "\"en-\"    | label       | 22",
        "1en       | label       | 22",
        "english   | label       | 22",
        "\"x y\"    | aliases     | 26",
        "\"vi\\tVN\" | aliases     | 26",
        "\"zh Hant\" | description | 28",
    })
    void aKeyThatIsNoLanguageTagIsAnErrorWithItsPosition(String key, String field, int column) throws Exception {
        Path file = dir.resolve("data/entities/zz-language.yaml");
        String value = field.equals("aliases") ? "[\"B\"]" : "\"B\"";
        String line4 = field.equals("label") ? "    label: {en: \"A\", " + key + ": " + value + "}"
                : "    " + field + ": {en: " + value + ", " + key + ": " + value + "}";
        Files.writeString(file, "entities:\n  - id: zz-language\n    type: City\n" + line4 + "\n"
                + (field.equals("label") ? "" : "    label: {en: \"A\"}\n") + "    note: \"test\"\n");
        try {
            String at = "data/entities/zz-language.yaml:4:" + column + ": error VDKG-E020 ";
            for (String command : new String[] {"validate", "build"}) {
                Cli.Run r = Cli.run("-q", command, "--root", dir.toString());
                assertEquals(1, r.exit(), command + ": " + r.err());
                assertTrue(r.err().contains(at) && r.err().contains("is not a language tag (fix: key names by a BCP 47"),
                        command + " should report " + at + ":\n" + r.err());
                assertFalse(r.err().contains("internal error"), r.err());
            }
            assertEquals(stamp, Files.readString(dir.resolve("run/db").resolve(DatabaseDirs.STAMP)), "the database is unchanged");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
