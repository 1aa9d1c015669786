package org.vdkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves files from the classpath: one file (a name not ending in {@code /}) or a folder's files under the servlet's
 * path. The pages and the WebJar libraries ship inside the jar, so nothing is fetched from elsewhere.
 */
public final class ClasspathServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "map", "application/json");

    private final String resource;

    public ClasspathServlet(String resource) {
        this.resource = resource;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = resource;
        if (resource.endsWith("/")) {
            String rest = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
            // Only plain relative names: no climbing out of the folder, no hidden files.
            if (rest.isEmpty() || !rest.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || rest.contains("..")) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + rest);
                return;
            }
            name = resource + rest;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        try (InputStream in = type == null ? null : getClass().getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + req.getRequestURI());
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
