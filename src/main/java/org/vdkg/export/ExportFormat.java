package org.vdkg.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;
import org.vdkg.network.NetworkFormat;

/**
 * Every {@code vdkg export --format} value, in the order the help lists them: its key (also the file extension), media
 * type, what it holds and its writer (a Jena RDF format, or a network writer). The CLI, the {@code /dumps/} listing and
 * the dataset description read this list; adding a format is one entry here.
 */
public enum ExportFormat {
    TRIG("application/trig", "All named graphs as TriG", "all named graphs", RDFFormat.TRIG_BLOCKS, null),
    NQ("application/n-quads", "All named graphs as N-Quads", "all named graphs", RDFFormat.NQUADS, null),
    JSONLD("application/ld+json", "All named graphs as JSON-LD", "all named graphs", RDFFormat.JSONLD11_PLAIN, null),
    TTL("text/turtle", "The union of the named graphs as Turtle", "their union", RDFFormat.TURTLE_BLOCKS, null),
    REIFIERS("application/trig", "RDF 1.2 TriG: the claims each shortcut triple of graph/inferred was derived from, as "
        + "reifiers (rdf:reifies, prov:wasDerivedFrom)", "RDF 1.2 TriG, the claims behind each shortcut triple",
        RDFFormat.TRIG_BLOCKS, null),
    NANOPUB("application/trig", "Every claim as a nanopublication: head, assertion, provenance and publication info "
        + "graphs in TriG", "TriG, one nanopublication per claim", RDFFormat.TRIG_BLOCKS, null),
    GRAPHML("application/graphml+xml", "The actor network as GraphML", "the actor network for graph tools", null,
        NetworkFormat.GRAPHML),
    GEXF("application/gexf+xml", "The actor network as GEXF", "the actor network for graph tools", null,
        NetworkFormat.GEXF),
    CYJS("application/json", "The actor network as Cytoscape.js JSON", "the actor network for graph tools", null,
        NetworkFormat.CYJS),
    DOT("text/vnd.graphviz", "The actor network as Graphviz DOT", "the actor network for graph tools", null,
        NetworkFormat.DOT),
    GEOJSON("application/geo+json", "The located places as GeoJSON", "the located places", null, NetworkFormat.GEOJSON);

    /** The format {@code vdkg export} writes when none is named. */
    public static final ExportFormat DEFAULT = TRIG;

    private final String mediaType;
    private final String title;
    private final String holds;
    private final RDFFormat rdf;
    private final NetworkFormat network;

    ExportFormat(String mediaType, String title, String holds, RDFFormat rdf, NetworkFormat network) {
        this.mediaType = mediaType;
        this.title = title;
        this.holds = holds;
        this.rdf = rdf;
        this.network = network;
    }

    /** The {@code --format} value, e.g. {@code nq}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension, without the dot: the key, or {@code trig} for the views of the dataset written as TriG. */
    public String extension() {
        return whole() || !isRdf() ? key() : "trig";
    }

    /**
     * The file name of this export of the dataset, e.g. {@code vdkg.nq} (the dumps under {@code /dumps/} too); a view
     * names what it holds: {@code vdkg-reifiers.trig}, {@code vdkg-nanopubs.trig}.
     */
    public String fileName() {
        return switch (this) {
            case REIFIERS -> "vdkg-reifiers.trig";
            case NANOPUB -> "vdkg-nanopubs.trig";
            default -> "vdkg." + extension();
        };
    }

    /** Whether it holds every triple of the dataset (a void:dataDump), not a view of it or a network. */
    public boolean whole() {
        return isRdf() && this != REIFIERS && this != NANOPUB;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A title, e.g. "All named graphs as N-Quads". */
    public String title() {
        return title;
    }

    /** Whether it is RDF of the whole database (written by {@link DatasetExporter}), not a network for graph tools. */
    public boolean isRdf() {
        return rdf != null;
    }

    /** The Jena writer of an RDF format. */
    RDFFormat rdfFormat() {
        return rdf;
    }

    /** The network writer, for the network formats. */
    public Optional<NetworkFormat> network() {
        return Optional.ofNullable(network);
    }

    /** The format whose key is {@code key} (any case). */
    public static Optional<ExportFormat> parse(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The RDF formats: the dumps a server offers. */
    public static List<ExportFormat> rdf() {
        return Arrays.stream(values()).filter(ExportFormat::isRdf).toList();
    }

    /** The RDF formats that hold the whole dataset: what a release keeps. */
    public static List<ExportFormat> wholeDumps() {
        return Arrays.stream(values()).filter(ExportFormat::whole).toList();
    }

    /** The network formats. */
    public static List<ExportFormat> networks() {
        return Arrays.stream(values()).filter(f -> !f.isRdf()).toList();
    }

    /** The keys of {@code formats} joined by {@code separator}. */
    public static String keys(List<ExportFormat> formats, String separator) {
        return formats.stream().map(ExportFormat::key).collect(Collectors.joining(separator));
    }

    /** What each format holds, for the help: "trig, nq, jsonld: all named graphs; ttl: their union; ...". */
    public static String described() {
        Map<String, List<ExportFormat>> byHolds = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(f -> byHolds.computeIfAbsent(f.holds, h -> new java.util.ArrayList<>()).add(f));
        return byHolds.entrySet().stream().map(e -> keys(e.getValue(), ", ") + ": " + e.getKey())
            .collect(Collectors.joining("; "));
    }
}
