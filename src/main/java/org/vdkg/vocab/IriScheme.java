package org.vdkg.vocab;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vdkg's IRI scheme (docs/model.md, section IRIs) under a configurable base: mints the IRIs of entities, sources,
 * concepts, claims and graphs, maps them to this server's paths ({@code BASE id/org/x} is served at {@code /id/org/x},
 * whatever host the server runs on), and takes them apart. The one place that knows how vdkg's IRIs are built.
 */
public final class IriScheme {

    /** The default base IRI of every IRI vdkg mints. */
    public static final String DEFAULT_BASE = "https://w3id.org/vdkg/";

    /** The namespace of Wikidata's entity IRIs, the outside links of {@code wikidata:}. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The namespace of GeoNames features, the gazetteer records' own identifiers. */
    public static final String GEONAMES = "https://sws.geonames.org/";

    /** The segment under the base (and under the server's root) that holds every resource: {@code B id/...}. */
    public static final String ID = "id/";

    /** An entity IRI, whatever its base: {@code <base>id/<kind>/<slug>}; claims, concepts and sources are not entities. */
    private static final Pattern ENTITY = Pattern.compile("^(.*/)" + ID + "((" + String.join("|", EntityTypes.iriKinds())
            + ")/([a-z0-9]+(?:-[a-z0-9]+)*))$");

    /** An entity IRI taken apart. */
    public record EntityIri(String base, String kind, String slug) {

        /** {@code <kind>/<slug>}: the IRI's path under {@code id/}, also the reconciliation id. */
        public String id() {
            return kind + "/" + slug;
        }
    }

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

    // Minting.

    /** {@code B id/}: the namespace of every resource. */
    public String idSpace() {
        return base + ID;
    }

    /** {@code B id/<path>}, e.g. a reconciliation id {@code org/soviet-union}. */
    public String resource(String path) {
        return base + ID + path;
    }

    /** {@code B id/<kind>/<slug>}. */
    public String entity(String kind, String slug) {
        return resource(kind + "/" + slug);
    }

    /** {@code B id/source/<id>}: a source article or a cited work. */
    public String source(String id) {
        return resource("source/" + id);
    }

    /** {@code B id/concept/<scheme>/<slug>}. */
    public String concept(String scheme, String slug) {
        return resource("concept/" + scheme + "/" + slug);
    }

    /** {@code B id/claim/<source-id>/<claim-id>}. */
    public String claim(String sourceId, String claimId) {
        return resource("claim/" + sourceId + "/" + claimId);
    }

    /** {@code B graph/<name>}: a source id, or entities, sources, ontology, inferred, meta. */
    public String graph(String name) {
        return base + "graph/" + name;
    }

    /** The Wikidata entity IRI of a Q-id. */
    public static String wikidata(String qid) {
        return WIKIDATA + qid;
    }

    /** {@code B id/gazetteer/<package>/<version>}: the gazetteer package release that coordinates were copied from. */
    public String gazetteerRelease(String packageName, String version) {
        return resource("gazetteer/" + packageName + "/" + version);
    }

    /** The GeoNames IRI of a gazetteer record: the gazetteer's own identifier of it. */
    public static String geonames(String id) {
        return GEONAMES + id + "/";
    }

    // This server's paths.

    /** The IRI a server path (starting with {@code /}) stands for. */
    public String iri(String path) {
        return base + path.substring(1);
    }

    /** The server path of an IRI under the base, or the IRI itself (an outside link). */
    public String href(String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    // Taking apart.

    /** Whether {@code iri} is a claim or one of its sub-nodes ({@code B id/claim/...}). */
    public boolean isClaimNode(String iri) {
        return iri.startsWith(resource("claim/"));
    }

    /** The claim IRI ({@code B id/claim/<source>/<claim>}) of a claim or of one of its sub-nodes. */
    public String claimOf(String iri) {
        String prefix = resource("claim/");
        String[] parts = iri.substring(prefix.length()).split("/", 3);
        return parts.length < 2 ? iri : prefix + parts[0] + "/" + parts[1];
    }

    /**
     * The claim IRI ({@code B id/claim/<source>/<claim>}) of a claim or of one of its sub-nodes (citation, item line,
     * destination...) under any base, or null for an IRI that is neither.
     */
    public static String anyClaimOf(String iri) {
        String marker = "/" + ID + "claim/";
        int at = iri.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String[] parts = iri.substring(at + marker.length()).split("/", 3);
        return parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty() ? null
            : iri.substring(0, at) + marker + parts[0] + "/" + parts[1];
    }

    /** The entity IRI {@code iri} taken apart, whatever its base; empty when it is not an entity's. */
    public static Optional<EntityIri> entityIri(String iri) {
        Matcher m = ENTITY.matcher(iri);
        return m.matches() ? Optional.of(new EntityIri(m.group(1), m.group(3), m.group(4))) : Optional.empty();
    }

    /** What follows {@code id/} in a resource IRI of any base ({@code org/soviet-union}, {@code claim/s/c}), if anything. */
    public static Optional<String> idPath(String iri) {
        int i = iri.indexOf("/" + ID);
        return i >= 0 ? Optional.of(iri.substring(i + 1 + ID.length())) : Optional.empty();
    }

    /** The server-relative path of a resource IRI of any base ({@code /id/...}), or null for an IRI outside {@code id/}. */
    public static String path(String iri) {
        int i = iri.indexOf("/" + ID);
        return i >= 0 ? iri.substring(i) : null;
    }

    /** The segment after {@code id/} ({@code org}, {@code claim}, {@code concept}, {@code source}, ...), if any. */
    public static Optional<String> kind(String iri) {
        return idPath(iri).filter(p -> p.contains("/")).map(p -> p.substring(0, p.indexOf('/')));
    }

    /** The {@code <source>/<claim>} of a claim IRI of any base, or the IRI itself. */
    public static String claimId(String iri) {
        return iri.replaceFirst("^.*/" + ID + "claim/", "");
    }

    /** The Q-id of a Wikidata entity IRI. */
    public static Optional<String> wikidataId(String iri) {
        return iri.startsWith(WIKIDATA) ? Optional.of(iri.substring(WIKIDATA.length())) : Optional.empty();
    }
}
