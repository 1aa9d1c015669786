package org.vdkg.serve.guard;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error answers as one line of plain text, {@code STATUS message}, whatever the client accepts. Jetty's own
 * pages are HTML and quote the request URL, whose host part is the request's {@code Host} header: a client could make
 * them (and a cache in front) show a host of its choosing. The answers of Fuseki and of vdkg's servlets are plain
 * text already. It serves both the server (errors before any handler, e.g. an unparseable request) and the servlet
 * context (errors of servlets, e.g. a 404).
 */
final class PlainErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        return super.handle(request, response, callback);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        return super.generateAcceptableResponse(request, response, callback, "text/plain", List.of(StandardCharsets.UTF_8),
                code, message, cause);
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(line(code, message));
    }

    /** Requests Jetty cannot parse are answered before any handler runs, so the headers are set here. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(line(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    private static String line(int code, String message) {
        return code + " " + (message == null || message.isBlank() ? HttpStatus.getMessage(code) : message) + "\n";
    }
}
