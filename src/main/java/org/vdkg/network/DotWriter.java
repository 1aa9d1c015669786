package org.vdkg.network;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes an {@link ActorNetwork} as Graphviz DOT: one colour per relation type, one shape and fill per node family
 * (person, state, organisation, place, event). An undirected network is a {@code graph} with {@code --} edges; a
 * network with directed edges is a {@code digraph} whose undirected edges carry {@code dir=none}. Names in every
 * language, claim IRIs and titles are extra attributes (Graphviz keeps them, e.g. in {@code -Tjson}).
 */
final class DotWriter implements NetworkWriter {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("aid", "#d62728"), Map.entry("training", "#1f77b4"), Map.entry("cooperation", "#2ca02c"),
            Map.entry("alliance", "#9467bd"), Map.entry("membership", "#8c564b"), Map.entry("sub-organisation", "#7f7f7f"),
            Map.entry("position", "#e377c2"), Map.entry("request", "#ff7f0e"), Map.entry("accompanied", "#17becf"),
            Map.entry("state", "#bcbd22"), Map.entry("period-of", "#393b79"), Map.entry("visit", "#8c6d31"),
            Map.entry("participation", "#637939"));
    /** Node family -> {shape, fill colour}. */
    private static final Map<String, String[]> SHAPES = Map.of(
            "person", new String[] {"ellipse", "#fde0c5"}, "state", new String[] {"doubleoctagon", "#c6dbef"},
            "organisation", new String[] {"box", "#e5f5e0"}, "place", new String[] {"house", "#fff7bc"},
            "event", new String[] {"diamond", "#efedf5"}, "other", new String[] {"box", "#f4f4f4"});

    @Override
    public void write(ActorNetwork net, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean undirected = net.directions() == ActorNetwork.Directions.UNDIRECTED;
        w.println((undirected ? "graph" : "digraph") + " vdkg {");
        w.println("  graph [layout=sfdp, overlap=prism, splines=true, fontname=\"DejaVu Sans\"];");
        w.println("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"DejaVu Sans\", fontsize=10];");
        w.println("  edge [fontname=\"DejaVu Sans\", fontsize=8];");
        for (ActorNetwork.Node n : net.nodes()) {
            String[] shape = SHAPES.getOrDefault(n.family(), SHAPES.get("other"));
            StringBuilder names = new StringBuilder();
            n.labels().forEach((lang, l) -> names.append(", ").append(q("label_" + lang)).append('=').append(q(l)));
            w.println("  " + q(n.id()) + " [label=" + q(n.label()) + ", shape=" + shape[0] + ", fillcolor=" + q(shape[1])
                    + ", tooltip=" + q(n.type()) + ", type=" + q(n.type()) + ", family=" + q(n.family())
                    + (n.path() == null ? "" : ", URL=" + q(n.path())) + names + "];");
        }
        String arrow = undirected ? " -- " : " -> ";
        for (ActorNetwork.Edge e : net.edges()) {
            String colour = COLOURS.getOrDefault(e.relation(), "#333333");
            String when = e.spans().isEmpty() ? "" : " " + when(e);
            String first = e.evidence().isEmpty() ? null : e.evidence().get(0).path();
            w.println("  " + q(e.source()) + arrow + q(e.target()) + " [label=" + q(e.relation() + when)
                    + ", color=" + q(colour) + ", fontcolor=" + q(colour)
                    + (e.directed() || undirected ? "" : ", dir=none")
                    + ", penwidth=" + Math.min(4, 1 + e.claims() / 2.0) + ", relation=" + q(e.relation())
                    + ", claims=" + e.claims() + (first == null ? "" : ", claim_iris=" + q(EdgeText.iris(e))
                    + ", tooltip=" + q(EdgeText.titles(e)) + ", URL=" + q(first)) + "];");
        }
        w.println("}");
        w.flush();
    }

    /** "1950–1954"; an open bound stays empty ("1950–" for "1950 or later"), never the timeline's end. */
    private static String when(ActorNetwork.Edge e) {
        String from = e.openStart() || e.earliest() == null ? "" : Integer.toString(e.earliest().getYear());
        String to = e.openEnd() || e.latest() == null ? "" : Integer.toString(e.latest().getYear());
        return from.isEmpty() && to.isEmpty() ? "(open)" : from + "–" + to;
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, newlines as spaces. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
    }
}
