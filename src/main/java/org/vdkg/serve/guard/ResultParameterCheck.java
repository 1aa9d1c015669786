package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.vdkg.web.JsonpCallback;

/**
 * Checks the two request parameters that Fuseki copies into its answers unescaped. {@code stylesheet} is refused
 * (400): it becomes an {@code <?xml-stylesheet?>} instruction of XML results, where a crafted value opens markup
 * that runs script in this server's origin. {@code callback} (JSONP) must be a {@link JsonpCallback}; a valid one's
 * answer is typed {@code application/javascript}, which browsers run under {@code nosniff}, where Fuseki's JSON
 * type would be blocked.
 */
final class ResultParameterCheck implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getParameterValues("stylesheet") != null) {
            Refusal.send(response, 400, "the stylesheet parameter is not supported (it would be copied unescaped into "
                    + "XML results); apply a stylesheet on your side");
            return;
        }
        String[] callback = request.getParameterValues("callback");
        if (callback == null) {
            chain.doFilter(req, res);
            return;
        }
        if (callback.length > 1 || !JsonpCallback.isValid(callback[0])) {
            Refusal.send(response, 400, JsonpCallback.problem());
            return;
        }
        chain.doFilter(req, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(isJson(type) ? "application/javascript;charset=utf-8" : type);
            }

            @Override
            public void setHeader(String name, String value) {
                if (name.equalsIgnoreCase("Content-Type")) {
                    setContentType(value);
                } else {
                    super.setHeader(name, value);
                }
            }
        });
    }

    private static boolean isJson(String type) {
        String t = WriteRequestRules.mediaType(type);
        return t.equals("application/json") || t.endsWith("+json");
    }
}
