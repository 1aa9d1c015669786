package org.vdkg.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second web site on loopback (the JDK's own HTTP server on another port) whose pages a test sets: the pages of
 * another origin that a victim's browser visits. Its {@link #url} uses the name {@code localhost}, which browsers
 * count as another site than {@code 127.0.0.1}; {@link #sameSiteUrl} reaches it as {@code 127.0.0.1}, the same site
 * as the server under test on another port, so another origin only.
 */
public final class OtherSite implements AutoCloseable {

    private record Page(String type, String body) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private OtherSite(HttpServer server) {
        this.server = server;
    }

    public static OtherSite start() {
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OtherSite site = new OtherSite(s);
        s.createContext("/", exchange -> {
            Page page = site.pages.getOrDefault(exchange.getRequestURI().getPath(), new Page("text/plain", "no such page"));
            byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page.type());
            exchange.sendResponseHeaders(site.pages.containsKey(exchange.getRequestURI().getPath()) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        s.start();
        return site;
    }

    /** Serves {@code body} as {@code type} at {@code path}. */
    public OtherSite put(String path, String type, String body) {
        pages.put(path, new Page(type, body));
        return this;
    }

    /** Serves an HTML page at {@code path}. */
    public OtherSite html(String path, String body) {
        return put(path, "text/html; charset=utf-8", body);
    }

    /** The page's URL on another site. */
    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The page's URL on the same site as the server under test (127.0.0.1), another origin by its port. */
    public String sameSiteUrl(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
