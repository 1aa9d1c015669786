package org.vdkg.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * One representation a page offers: its media type, its {@code ?format=} key and, for RDF, its writer. The linked-data
 * pages offer {@link #all()}; plain {@link #JSON} is offered by pages that answer in JSON of their own (search).
 */
public enum Offer {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY, Lang.JSONLD),
    // The plain writer: the abbreviating one (RDFXML_PRETTY) repeats statements it nests (111 on the ontology).
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES, Lang.NTRIPLES),
    /** Plain JSON, not RDF: for the pages whose answer is a JSON object of their own. */
    JSON("application/json", "json", null, null);

    private final String mediaType;
    private final String key;
    private final RDFFormat format;
    private final Lang lang;

    Offer(String mediaType, String key, RDFFormat format, Lang lang) {
        this.mediaType = mediaType;
        this.key = key;
        this.format = format;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    public String key() {
        return key;
    }

    public RDFFormat format() {
        return format;
    }

    public Lang lang() {
        return lang;
    }

    public boolean isHtml() {
        return this == HTML;
    }

    /** Every offer of the linked-data pages, HTML first: a client that accepts anything gets the readable page. */
    public static List<Offer> all() {
        return List.of(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES);
    }

    public static Optional<Offer> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** The RDF offers only (for resources that have no HTML page). */
    public static List<Offer> rdf() {
        return all().stream().filter(o -> !o.isHtml()).toList();
    }
}
