package org.vdkg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The server's public root URL ({@code serve --public-url}): where clients reach it, and so the start of every
 * absolute URL it writes (dataset description, service description, reconciliation manifest and previews) and the
 * one origin its write endpoints accept pages from. It is configured, never read from a request, because a
 * {@code Host} or {@code X-Forwarded-Host} header is whatever the client chose to send.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /**
     * The URL in canonical form, {@code scheme://host[:port]/}: http or https, a host, no user, path, query or
     * fragment; the scheme's default port is dropped (browsers leave it out of {@code Origin}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String root(String given) {
        URI u;
        try {
            u = new URI(given.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not a URL: " + e.getMessage());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--public-url must start with http:// or https://, e.g. https://vdkg.example.org/");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("--public-url needs a host name, e.g. https://vdkg.example.org/");
        }
        if (u.getRawUserInfo() != null || u.getRawQuery() != null || u.getRawFragment() != null
                || !(u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("--public-url must be the root of a host (scheme, host and port only; "
                    + "the pages link to /about, /id/... at the root), e.g. https://vdkg.example.org/");
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + "/";
    }

    /** The default: the address and port the server listens on. */
    public static String of(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    /** Whether {@code host} listens on every address, so that it names no host a client could use. */
    public static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }
}
