package org.vdkg.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a failure of the user's disk or file system (full, over a quota or size limit, read-only, no
 * permission, a file where a directory belongs) in an exception and its causes, however deep a library wrapped
 * it (TDB2, Lucene, NIO), and words it as the user's error: which path, what happened, what to do.
 */
public final class StorageFailure {

    /** What went wrong, recognised by exception type or by the operating system's message. */
    private enum Kind {
        FULL("the disk is full", "free some space, or write to another disk",
            "No space left on device"),
        QUOTA("the disk quota is used up", "free some space or raise the quota, or write to another disk",
            "Disk quota exceeded"),
        TOO_LARGE("a file grew over the file size limit", "raise the limit (ulimit -f), or write to another disk",
            "File too large"),
        READ_ONLY_FS("the file system is read-only", "write to a writable directory",
            "Read-only file system"),
        DENIED("permission denied", "make it writable for this user, or write elsewhere",
            "Permission denied"),
        NOT_PERMITTED("the operation is not permitted (an immutable or protected file?)",
            "make it writable (lsattr/chattr -i), or write elsewhere", "Operation not permitted"),
        NOT_A_DIRECTORY("a file stands where a directory is needed", "move that file away, or choose another path",
            "Not a directory", "File exists"),
        MISSING("no such file or directory", "check the path", "No such file or directory"),
        IO("the disk reported an I/O error", "check the disk (dmesg), or write to another disk",
            "Input/output error"),
        /** A write into a memory-mapped file (TDB2) that the file system could not back: in practice a full disk. */
        MAPPED("a memory-mapped file could not be written (the disk is probably full)",
            "free some space, or write to another disk", "unsafe memory access");

        private final String what;
        private final String fix;
        private final List<String> messages;

        Kind(String what, String fix, String... messages) {
            this.what = what;
            this.fix = fix;
            this.messages = List.of(messages);
        }
    }

    private StorageFailure() {
    }

    /**
     * The user's error {@code failure} amounts to, if it is a storage failure.
     *
     * @param where what the operation was writing, as the user knows it (the database directory, the output file,
     *     "standard output"), or null to name the file the failure names
     * @param elsewhere the option that chooses another place (e.g. {@code --db DIR}), or null
     */
    public static Optional<UserException> of(Throwable failure, Object where, String elsewhere) {
        Kind kind = null;
        Path file = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException fse && file == null && fse.getFile() != null) {
                file = Path.of(fse.getFile());
            }
            kind = kind == null ? kind(t) : kind;
        }
        if (kind == null) {
            return Optional.empty();
        }
        Object shown = where != null ? where : file;
        String fix = kind.fix + (elsewhere != null && kind != Kind.MISSING ? " (" + elsewhere + ")" : "");
        return Optional.of(new UserException((shown == null ? "cannot write" : "cannot write " + shown) + ": " + kind.what
            + "; " + fix, failure));
    }

    private static Kind kind(Throwable t) {
        if (t instanceof AccessDeniedException) {
            return Kind.DENIED;
        }
        if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException) {
            return Kind.NOT_A_DIRECTORY;
        }
        if (t instanceof NoSuchFileException) {
            return Kind.MISSING;
        }
        if (!(t instanceof IOException || t instanceof InternalError)) {
            return null;
        }
        String m = t instanceof FileSystemException fse ? fse.getReason() : t.getMessage();
        if (m == null) {
            return null;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.messages.stream().anyMatch(x -> lower.contains(x.toLowerCase(Locale.ROOT)))) {
                return k;
            }
        }
        return null;
    }
}
