package org.vdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The database directory and its siblings during an atomic swap: {@code db.new-<ts>} (being
 * built), {@code db} (served) and {@code db.old} (being replaced). At every instant one complete
 * database exists: {@code db}, or, between the two renames, {@code db.old}, which
 * {@link #recover()} puts back.
 */
public record DatabaseDirs(Path db) {

    /** The stamp file inside a built database (see {@link BuildStamp}), written last. */
    public static final String STAMP = "vdkg-build.properties";

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    public DatabaseDirs {
        db = db.toAbsolutePath().normalize();
    }

    public Path old() {
        return db.resolveSibling(db.getFileName() + ".old");
    }

    public Path newDir(Instant now) {
        return db.resolveSibling(db.getFileName() + ".new-" + TS.format(now));
    }

    /** Half-built databases left by a build that crashed or failed. */
    public List<Path> leftovers() {
        Path parent = db.getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = db.getFileName() + ".new-";
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code db} holds a database that a build completed (its stamp is written last). */
    public boolean isComplete() {
        return Files.isRegularFile(db.resolve(STAMP));
    }

    /** The lock file that lets one build (or recovery) at a time touch these directories, across processes. */
    public Path lockFile() {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /** An exclusive hold on {@link #lockFile()}; close it to release. */
    public interface BuildLock extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the build lock, or returns empty when another build holds it. */
    public Optional<BuildLock> tryLock() {
        try {
            Files.createDirectories(db.getParent());
            FileChannel ch = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            FileLock held = lock;
            return Optional.of(() -> {
                try {
                    held.release();
                    ch.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile(), e);
        }
    }

    /**
     * Cleans what an interrupted build left, unless a build is running now (its directories are
     * then not leftovers).
     */
    public void recover() {
        if (!isWritable()) {
            // Nothing can be cleaned on a read-only disk, and no build can have run there.
            return;
        }
        Optional<BuildLock> lock = tryLock();
        if (lock.isEmpty()) {
            return;
        }
        try {
            recoverLocked();
        } finally {
            lock.get().close();
        }
    }

    /** {@link #recover()} for a caller that holds the build lock. */
    public void recoverLocked() {
        for (Path p : leftovers()) {
            deleteTree(p);
        }
        Path old = old();
        if (Files.isDirectory(old)) {
            if (Files.exists(db)) {
                deleteTree(old);
            } else {
                move(old, db);
            }
        }
    }

    /** Replaces {@code db} by the complete database in {@code built}. */
    public void swapIn(Path built) {
        Path old = old();
        if (Files.exists(old)) {
            deleteTree(old);
        }
        if (Files.exists(db)) {
            move(db, old);
        }
        move(built, db);
        if (Files.exists(old)) {
            deleteTree(old);
        }
    }

    /**
     * True when this process may write where the database lives: its parent directory and every file of the
     * database. TDB2 opens its files for writing even to read, so a database that is not writable must be copied
     * before it is opened (see {@code store.WritableDatabase}).
     */
    public boolean isWritable() {
        Path existing = db.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return false;
        }
        if (!existing.equals(db.getParent()) || !Files.exists(db)) {
            return !Files.exists(lockFile()) || Files.isWritable(lockFile());
        }
        if (Files.exists(lockFile()) && !Files.isWritable(lockFile())) {
            return false;
        }
        try (Stream<Path> s = Files.walk(db)) {
            return s.allMatch(Files::isWritable);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The input hash recorded by the build that made {@code db}, if any. */
    public Optional<String> storedInputHash() {
        return BuildStamp.read(db).map(BuildStamp::inputHash);
    }

    static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
        }
    }

    /**
     * Deletes the TDB2 lock files of a database this process has closed (expelled). They name this
     * process, and a lock left behind would stop another process (e.g. the stock Fuseki server)
     * opening the database while this one still runs.
     */
    public static void removeLockFiles(Path dbDir) {
        try {
            Files.deleteIfExists(dbDir.resolve("tdb.lock"));
            if (Files.isDirectory(dbDir)) {
                try (Stream<Path> s = Files.list(dbDir)) {
                    for (Path sub : s.filter(Files::isDirectory).toList()) {
                        Files.deleteIfExists(sub.resolve("tdb.lock"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything under it, if present. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
