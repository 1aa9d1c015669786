package org.vdkg.vocab;

/**
 * Maps the configured base IRI to this server's root and back: the IRI {@code BASE id/org/x} is served at
 * the path {@code /id/org/x}, whatever host the server runs on.
 */
public final class IriScheme {

    private final String base;

    /** @param base the base IRI, ending with {@code /} */
    public IriScheme(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The IRI a server path (starting with {@code /}) stands for. */
    public String iri(String path) {
        return base + path.substring(1);
    }

    /** The server path of an IRI under the base, or the IRI itself (an outside link). */
    public String href(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
