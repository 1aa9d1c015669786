package org.vdkg.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The network writers, one per graph-tool format; {@code export/ExportFormat} lists them with the RDF formats. */
public enum NetworkFormat {
    GRAPHML(new GraphmlWriter()),
    GEXF(new GexfWriter()),
    CYJS(new CytoscapeJsonWriter()),
    DOT(new DotWriter()),
    /** Places and located events; not the actor network. */
    GEOJSON(null);

    private final NetworkWriter writer;

    NetworkFormat(NetworkWriter writer) {
        this.writer = writer;
    }

    NetworkWriter writer() {
        return writer;
    }

    /** The format named {@code name} (any case), if it is one of these. */
    public static Optional<NetworkFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }
}
