package org.vdkg.curate;

import java.util.Optional;
import org.apache.jena.graph.Graph;

/** Takes each graph of the curation pipeline as soon as it is mapped and shape-checked, so that a build can store it while the next source is mapped. */
public interface GraphSink {

    /**
     * The graph of source {@code sourceId} as an earlier build made it from inputs with the same {@code key} (see
     * {@link SourceKey}), to use instead of mapping and checking them again; empty to map them.
     */
    default Optional<Graph> reuse(String sourceId, String key) {
        return Optional.empty();
    }

    /** Told of each source graph the pipeline mapped and checked, with its key, before {@link #accept} takes it. */
    default void mapped(String sourceId, String key, Graph graph) {
    }

    /** Takes the graph named {@code name}; the pipeline keeps no reference to it. */
    void accept(String name, Graph graph);
}
