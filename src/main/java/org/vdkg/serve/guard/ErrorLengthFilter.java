package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Drops the {@code Content-Length} that Fuseki 5.6 puts on its plain-text error messages. It counts the
 * message's characters, not its UTF-8 bytes, so an error that quotes a query with non-ASCII characters
 * (a parse error, say) overflows the declared length and the client gets a 500 instead of the 400.
 * Without a declared length Jetty sends the body chunked.
 */
final class ErrorLengthFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) res) {
            @Override
            public void setContentLength(int len) {
                if (getStatus() < 400) {
                    super.setContentLength(len);
                }
            }

            @Override
            public void setContentLengthLong(long len) {
                if (getStatus() < 400) {
                    super.setContentLengthLong(len);
                }
            }
        });
    }
}
