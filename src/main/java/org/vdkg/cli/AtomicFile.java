package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;

/**
 * Writes an output file through {@code FILE.part} and a rename, so a failed or killed export never leaves half a file.
 * A symbolic link (such as {@code /dev/stdout}) and a target that is no regular file (a device such as {@code /dev/full},
 * a named pipe) are written directly: a rename would replace the link or the device by a plain file.
 */
final class AtomicFile {

    /** What writes the contents; its result is passed back to the caller. */
    interface Writer<T> {
        T write(OutputStream os) throws IOException;
    }

    private AtomicFile() {
    }

    static <T> T write(Path out, Writer<T> writer) {
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UserException(Files.exists(out.getParent()) ? "cannot write " + out + ": " + out.getParent()
                    + " is a file, not a directory; choose another path" : "no directory for " + out + "; create it first");
        }
        if (Files.isDirectory(out)) {
            throw new UserException(out + " is a directory; give --out a file name");
        }
        boolean special = Files.isSymbolicLink(out) || (Files.exists(out) && !Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS));
        Path tmp = special ? out : out.resolveSibling(out.getFileName() + ".part");
        try {
            T result;
            try (OutputStream os = Files.newOutputStream(tmp)) {
                result = writer.write(os);
            }
            if (!special) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (!special) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            Optional<UserException> storage = StorageFailure.of(e, out, "--out FILE");
            if (storage.isPresent()) {
                throw storage.get();
            }
            if (e instanceof IOException io) {
                throw new UserException("cannot write " + out + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }
}
