package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.support.Cli;

/** {@code serve}'s public-endpoint options are checked before anything is built or served. */
class ServeGuardOptionsTest {

    @Test
    void allowUpdateNeedsAReadablePasswordFile(@TempDir Path dir) throws Exception {
        Cli.Run noFile = Cli.run("serve", "--root", dir.toString(), "--allow-update");
        assertEquals(2, noFile.exit(), noFile.err());
        assertTrue(noFile.err().contains("--password-file"), noFile.err());

        Cli.Run fileWithoutUpdate = Cli.run("serve", "--root", dir.toString(), "--password-file", "p.txt");
        assertEquals(2, fileWithoutUpdate.exit(), fileWithoutUpdate.err());

        Cli.Run missing = Cli.run("serve", "--root", dir.toString(), "--allow-update", "--password-file", dir.resolve("none").toString());
        assertEquals(1, missing.exit(), missing.err());
        assertTrue(missing.err().contains("cannot read the password file"), missing.err());

        Path bad = Files.writeString(dir.resolve("bad.txt"), "nobody\n");
        Cli.Run malformed = Cli.run("serve", "--root", dir.toString(), "--allow-update", "--password-file", bad.toString());
        assertEquals(1, malformed.exit(), malformed.err());
        assertTrue(malformed.err().contains("bad.txt:1: expected 'user: password'"), malformed.err());
    }

    @Test
    void publicUrlMustBeTheRootOfAnHttpHost(@TempDir Path dir) {
        for (String bad : new String[] {"example.org", "ftp://example.org/", "https://example.org/vdkg/", "https://user@example.org/",
            "https://example.org/?x=1", "https://example.org/#top", "http:///", "not a url"}) {
            Cli.Run r = Cli.run("serve", "--root", dir.toString(), "--public-url", bad);
            assertEquals(2, r.exit(), bad + ": " + r.err());
            assertTrue(r.err().contains("--public-url"), r.err());
        }
    }

    @Test
    void limitsMustBeNumbers(@TempDir Path dir) {
        assertEquals(2, Cli.run("serve", "--root", dir.toString(), "--max-rows", "lots").exit());
        assertEquals(2, Cli.run("serve", "--root", dir.toString(), "--max-request-bytes", "-1").exit());
        assertEquals(2, Cli.run("serve", "--root", dir.toString(), "--max-concurrent", "0").exit());
        for (String mb : new String[] {"lots", "-1", "2000000", "1e3", "99999999999999999999"}) {
            Cli.Run r = Cli.run("serve", "--root", dir.toString(), "--cache-mb", mb);
            assertEquals(2, r.exit(), mb);
            assertTrue(r.err().contains("--cache-mb"), mb + ": " + r.err());
        }
    }
}
