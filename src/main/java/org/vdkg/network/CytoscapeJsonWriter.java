package org.vdkg.network;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes an {@link ActorNetwork} as Cytoscape.js JSON ({@code elements.nodes} / {@code elements.edges}, each with
 * {@code data}); the extra {@code value}, {@code name}, {@code key}, {@code directed} and {@code multigraph} fields
 * make the same file readable by networkx's {@code cytoscape_graph}. Each edge says whether it is directed; the graph
 * is undirected when every edge is. Each edge lists its claims ({@code claim_iris}, {@code claim_titles}, in the same
 * order). The {@code /graph} view loads this JSON too.
 */
final class CytoscapeJsonWriter implements NetworkWriter {

    @Override
    public void write(ActorNetwork net, OutputStream out) {
        JSON.write(out, toJson(net));
    }

    static JsonObject toJson(ActorNetwork net) {
        JsonArray nodes = new JsonArray();
        for (ActorNetwork.Node n : net.nodes()) {
            JsonObject d = new JsonObject();
            d.put("id", n.id());
            d.put("value", n.id());
            d.put("name", n.label());
            d.put("label", n.label());
            d.put("type", n.type());
            d.put("family", n.family());
            d.put("iri", n.iri());
            put(d, "path", n.path());
            put(d, "wikidata", n.wikidata());
            put(d, "wikidata_close", n.wikidataClose());
            JsonObject labels = new JsonObject();
            n.labels().forEach(labels::put);
            d.put("labels", labels);
            // Flat too, as the other formats have them, so a table of nodes gets a column per language.
            n.labels().forEach((lang, l) -> d.put("label_" + lang, l));
            nodes.add(element(d));
        }
        JsonArray edges = new JsonArray();
        for (ActorNetwork.Edge e : net.edges()) {
            JsonObject d = new JsonObject();
            d.put("id", e.id());
            d.put("key", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("relation", e.relation());
            d.put("directed", e.directed());
            d.put("claims", e.claims());
            JsonArray iris = new JsonArray();
            JsonArray titles = new JsonArray();
            for (ActorNetwork.Evidence c : e.evidence()) {
                iris.add(c.iri());
                titles.add(c.title());
            }
            d.put("claim_iris", iris);
            d.put("claim_titles", titles);
            d.put("open_start", e.openStart());
            d.put("open_end", e.openEnd());
            put(d, "earliest", e.earliest() == null ? null : e.earliest().toString());
            put(d, "latest", e.latest() == null ? null : e.latest().toString());
            JsonArray spans = new JsonArray();
            for (ActorNetwork.Span s : e.spans()) {
                JsonObject sp = new JsonObject();
                put(sp, "earliest", s.earliest() == null ? null : s.earliest().toString());
                put(sp, "latest", s.latest() == null ? null : s.latest().toString());
                spans.add(sp);
            }
            d.put("spans", spans);
            edges.add(element(d));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        JsonObject data = new JsonObject();
        data.put("name", "vdkg actor network");
        root.put("data", data);
        root.put("directed", net.directions() != ActorNetwork.Directions.UNDIRECTED);
        root.put("multigraph", true);
        root.put("elements", elements);
        return root;
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }

    private static void put(JsonObject o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }
}
