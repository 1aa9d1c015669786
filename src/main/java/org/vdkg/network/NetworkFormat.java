package org.vdkg.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The graph-tool export formats of {@code vdkg export}. */
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

    /** The names as the CLI spells them, e.g. {@code graphml|gexf|cyjs|dot|geojson}. */
    public static String names() {
        return String.join("|", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
