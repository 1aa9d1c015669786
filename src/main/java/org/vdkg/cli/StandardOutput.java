package org.vdkg.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The process's standard output as a {@link PrintStream} that remembers why a write failed: a plain
 * {@code PrintStream} only keeps a flag, and {@code vdkg export > /full/disk/x.trig} must not end with exit 0.
 */
final class StandardOutput extends PrintStream {

    /** Passes writes through and keeps the first failure. */
    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    private final Recorder recorder;

    private StandardOutput(Recorder recorder, Charset charset) {
        super(new BufferedOutputStream(recorder, 1 << 16), false, charset);
        this.recorder = recorder;
    }

    /** A stream over file descriptor 1, in the charset Java 17 gives {@link System#out}. */
    static StandardOutput open() {
        String console = System.getProperty("sun.stdout.encoding");
        Charset charset = console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
        return new StandardOutput(new Recorder(new FileOutputStream(FileDescriptor.out)), charset);
    }

    /** Why writing failed, if it did. */
    Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }
}
