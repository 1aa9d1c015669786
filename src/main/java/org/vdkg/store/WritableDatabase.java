package org.vdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.problem.UserException;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.problem.StorageFailure;

/**
 * A database directory that TDB2 can open: the directory itself, or, when it is read-only (a prebuilt database on
 * a read-only disk or volume), a private temporary copy that is deleted on {@link #close()}. TDB2 writes lock files
 * and opens every data file for writing even to read, so a read-only directory cannot be opened in place.
 */
public final class WritableDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WritableDatabase.class);

    private final Path dir;
    private final Path copyRoot;

    private WritableDatabase(Path dir, Path copyRoot) {
        this.dir = dir;
        this.copyRoot = copyRoot;
    }

    /** The database at {@code db}, copied first when it cannot be written; a missing database is the user's error. */
    public static WritableDatabase of(Path db) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        if (dirs.isWritable()) {
            return new WritableDatabase(dirs.db(), null);
        }
        if (!dirs.isComplete()) {
            throw new UserException("no database at " + dirs.db() + ", and its directory is read-only: build it elsewhere"
                    + " (vdkg build --db DIR) and use that");
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("vdkg-db-");
            Path copy = root.resolve(dirs.db().getFileName());
            copyTree(dirs.db(), copy);
            LOG.warn("{} is read-only and TDB2 must write to open a database: using a copy in {} (deleted on exit)", dirs.db(), copy);
            return new WritableDatabase(copy, root);
        } catch (IOException | UncheckedIOException e) {
            if (root != null) {
                DatabaseDirs.deleteTree(root);
            }
            throw StorageFailure.of(e, root == null ? System.getProperty("java.io.tmpdir") : root,
                    "JAVA_OPTS=-Djava.io.tmpdir=DIR for the copy of the read-only database")
                    .orElseThrow(() -> new UserException("cannot copy the read-only database " + dirs.db() + ": " + e.getMessage(), e));
        }
    }

    /** The directory to open. */
    public Path dir() {
        return dir;
    }

    /** True when {@link #dir()} is a temporary copy. */
    public boolean isCopy() {
        return copyRoot != null;
    }

    /** Deletes the copy, if one was made. */
    @Override
    public void close() {
        if (copyRoot != null) {
            DatabaseDirs.deleteTree(copyRoot);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
