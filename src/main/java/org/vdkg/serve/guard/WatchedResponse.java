package org.vdkg.serve.guard;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body bytes a filter watches on their way to the client, whether the servlet writes them to the
 * output stream or through the writer: a subclass may refuse bytes before they go ({@link #beforeWrite}), see them
 * after ({@link #written}), hold back flushes ({@link #mayFlush}) and learn that the client's stream failed.
 */
abstract class WatchedResponse extends HttpServletResponseWrapper {

    private ServletOutputStream stream;
    private PrintWriter writer;

    WatchedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Called before {@code len} bytes go to the client; throws to refuse them. */
    protected void beforeWrite(long len) throws IOException {
    }

    /** Called once bytes went to the client. */
    protected void written(byte[] b, int off, int len) {
    }

    /** Whether flushes may still reach the client. */
    protected boolean mayFlush() {
        return true;
    }

    /** Told when writing or flushing to the client failed. */
    protected void failed() {
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    beforeWrite(len);
                    try {
                        out.write(b, off, len);
                    } catch (IOException | RuntimeException e) {
                        failed();
                        throw e;
                    }
                    written(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (!mayFlush()) {
                        return;
                    }
                    try {
                        out.flush();
                    } catch (IOException | RuntimeException e) {
                        failed();
                        throw e;
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String cs = getCharacterEncoding();
            Charset charset = cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    /** Flushes what the writer holds into the stream; a writer swallows errors, so one it met counts as a failure. */
    void flushWriter() {
        if (writer != null) {
            writer.flush();
            if (writer.checkError()) {
                failed();
            }
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (mayFlush()) {
            super.flushBuffer();
        }
    }
}
