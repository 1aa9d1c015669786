package org.vdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.vdkg.problem.UserException;

/** Writes an output file through {@code FILE.part} and a rename, so a failed or killed export never leaves half a file. */
final class AtomicFile {

    /** What writes the contents; its result is passed back to the caller. */
    interface Writer<T> {
        T write(OutputStream os) throws IOException;
    }

    private AtomicFile() {
    }

    static <T> T write(Path out, Writer<T> writer) throws IOException {
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UserException("no directory for " + out);
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        T result;
        try (OutputStream os = Files.newOutputStream(tmp)) {
            result = writer.write(os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return result;
    }
}
