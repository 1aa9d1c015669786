package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a directory tree read-only for this process until closed: {@code chattr +i} when the tests run as root (who
 * ignores permissions), {@code chmod a-w} otherwise. It checks that writing really fails, so a test never passes on a
 * directory that stayed writable.
 */
public final class ReadOnlyDir implements AutoCloseable {

    private final Path dir;
    private final boolean immutable;

    private ReadOnlyDir(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    public static ReadOnlyDir of(Path dir) {
        boolean root = "root".equals(System.getProperty("user.name"));
        ReadOnlyDir ro = new ReadOnlyDir(dir, root);
        if (root) {
            Tools.Run r = Tools.run(60, Tools.require("chattr", "e2fsprogs"), "-R", "+i", dir.toString());
            if (r.exit() != 0) {
                Tools.unavailable("chattr +i does not work on " + dir + " (file system or capability): " + r.out().strip());
            }
        } else {
            permissions(dir, "r-xr-xr-x", "r--r--r--");
        }
        Path probe = dir.resolve(".write-probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            ro.close();
            throw new AssertionError(dir + " is still writable after making it read-only");
        } catch (IOException expected) {
            return ro;
        }
    }

    /** Makes the tree writable again. */
    @Override
    public void close() {
        if (immutable) {
            Tools.run(60, "chattr", "-R", "-i", dir.toString());
        } else {
            permissions(dir, "rwxr-xr-x", "rw-r--r--");
        }
    }

    private static void permissions(Path dir, String dirs, String files) {
        Set<PosixFilePermission> d = PosixFilePermissions.fromString(dirs);
        Set<PosixFilePermission> f = PosixFilePermissions.fromString(files);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? d : f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
