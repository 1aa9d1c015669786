package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ActorNetwork} as GraphML (Gephi, Cytoscape, yEd, networkx); times as ISO date strings. The graph
 * is declared undirected when every edge is, directed otherwise, and every edge says its own direction with
 * GraphML's {@code directed} attribute, so a mixed network keeps its undirected edges undirected (networkx, which
 * has no mixed graphs, reads the all-directed and all-undirected ones).
 */
final class GraphmlWriter implements NetworkWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {
        {"label", "string"}, {"type", "string"}, {"family", "string"}, {"iri", "string"}, {"path", "string"},
        {"wikidata", "string"}, {"wikidata_close", "string"}};
    private static final String[][] EDGE_KEYS = {
        {"relation", "string"}, {"claims", "int"}, {"claim_iris", "string"}, {"claim_titles", "string"},
        {"earliest", "string"}, {"latest", "string"}, {"open_start", "boolean"}, {"open_end", "boolean"}};

    @Override
    public void write(ActorNetwork net, OutputStream out) throws XMLStreamException, IOException {
        XMLStreamWriter x = Xml.open(out);
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        List<String> languages = net.languages();
        List<String[]> nodeKeys = new ArrayList<>(List.of(NODE_KEYS));
        languages.forEach(l -> nodeKeys.add(new String[] {"label_" + l, "string"}));
        for (String[] k : nodeKeys) {
            key(x, "node", k);
        }
        for (String[] k : EDGE_KEYS) {
            key(x, "edge", k);
        }
        x.writeStartElement("graph");
        x.writeAttribute("id", "vdkg");
        x.writeAttribute("edgedefault", net.directions() == ActorNetwork.Directions.UNDIRECTED ? "undirected" : "directed");
        for (ActorNetwork.Node n : net.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.label());
            data(x, "type", n.type());
            data(x, "family", n.family());
            data(x, "iri", n.iri());
            data(x, "path", n.path());
            data(x, "wikidata", n.wikidata());
            data(x, "wikidata_close", n.wikidataClose());
            for (String lang : languages) {
                data(x, "label_" + lang, n.labels().get(lang));
            }
            x.writeEndElement();
        }
        for (ActorNetwork.Edge e : net.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("directed", Boolean.toString(e.directed()));
            data(x, "relation", e.relation());
            data(x, "claims", Integer.toString(e.claims()));
            data(x, "claim_iris", EdgeText.iris(e));
            data(x, "claim_titles", EdgeText.titles(e));
            data(x, "earliest", text(e.earliest()));
            data(x, "latest", text(e.latest()));
            data(x, "open_start", Boolean.toString(e.openStart()));
            data(x, "open_end", Boolean.toString(e.openEnd()));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        Xml.close(x, out);
    }

    private static void key(XMLStreamWriter x, String domain, String[] k) throws XMLStreamException {
        x.writeEmptyElement("key");
        // Node and edge key names differ, so the name can be the id.
        x.writeAttribute("id", k[0]);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", k[0]);
        x.writeAttribute("attr.type", k[1]);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
