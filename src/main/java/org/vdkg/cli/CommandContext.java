package org.vdkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use besides its options.
 *
 * @param out where the command's results go
 * @param err where problems and progress go
 * @param workingDir the directory relative paths on the command line are resolved against
 * @param defaultRoot the project root used when {@code --root} is not given
 * @param version the vdkg version
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDir, Path defaultRoot, String version) {

    /** {@code path} resolved against the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path).toAbsolutePath().normalize();
    }
}
