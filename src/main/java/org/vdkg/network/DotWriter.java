package org.vdkg.network;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes an {@link ActorNetwork} as a Graphviz DOT digraph: one colour per relation type, symmetric edges without arrows. */
final class DotWriter implements NetworkWriter {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("aid", "#d62728"), Map.entry("training", "#1f77b4"), Map.entry("cooperation", "#2ca02c"),
            Map.entry("alliance", "#9467bd"), Map.entry("membership", "#8c564b"), Map.entry("sub-organisation", "#7f7f7f"),
            Map.entry("position", "#e377c2"), Map.entry("request", "#ff7f0e"), Map.entry("accompanied", "#17becf"),
            Map.entry("state", "#bcbd22"), Map.entry("period-of", "#393b79"));

    @Override
    public void write(ActorNetwork net, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("digraph vdkg {");
        w.println("  graph [layout=sfdp, overlap=prism, splines=true, fontname=\"DejaVu Sans\"];");
        w.println("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"DejaVu Sans\", fontsize=10];");
        w.println("  edge [fontname=\"DejaVu Sans\", fontsize=8];");
        for (ActorNetwork.Node n : net.nodes()) {
            w.println("  " + q(n.id()) + " [label=" + q(n.label()) + ", tooltip=" + q(n.type())
                    + (n.path() == null ? "" : ", URL=" + q(n.path())) + "];");
        }
        for (ActorNetwork.Edge e : net.edges()) {
            String colour = COLOURS.getOrDefault(e.relation(), "#333333");
            String when = e.earliest() == null && e.latest() == null ? ""
                    : " " + year(e.earliest()) + "–" + year(e.latest());
            w.println("  " + q(e.source()) + " -> " + q(e.target()) + " [label=" + q(e.relation() + when)
                    + ", color=" + q(colour) + ", fontcolor=" + q(colour) + (e.directed() ? "" : ", dir=none")
                    + ", penwidth=" + Math.min(4, 1 + e.claims() / 2.0) + "];");
        }
        w.println("}");
        w.flush();
    }

    private static String year(java.time.LocalDate d) {
        return d == null ? "?" : Integer.toString(d.getYear());
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, newlines as spaces. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
    }
}
