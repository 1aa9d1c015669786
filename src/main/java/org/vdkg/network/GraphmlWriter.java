package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link ActorNetwork} as GraphML (Gephi, Cytoscape, yEd, networkx); times as ISO date strings. */
final class GraphmlWriter implements NetworkWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {
        {"label", "string"}, {"type", "string"}, {"iri", "string"}, {"path", "string"}, {"wikidata", "string"},
        {"wikidata_close", "string"}, {"label_vi", "string"}, {"label_zh", "string"}, {"label_ru", "string"}};
    private static final String[][] EDGE_KEYS = {
        {"relation", "string"}, {"claims", "int"}, {"earliest", "string"}, {"latest", "string"},
        {"symmetric", "boolean"}};

    @Override
    public void write(ActorNetwork net, OutputStream out) throws XMLStreamException, IOException {
        XMLStreamWriter x = Xml.open(out);
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        for (String[] k : NODE_KEYS) {
            key(x, "node", k);
        }
        for (String[] k : EDGE_KEYS) {
            key(x, "edge", k);
        }
        x.writeStartElement("graph");
        x.writeAttribute("id", "vdkg");
        x.writeAttribute("edgedefault", "directed");
        for (ActorNetwork.Node n : net.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.label());
            data(x, "type", n.type());
            data(x, "iri", n.iri());
            data(x, "path", n.path());
            data(x, "wikidata", n.wikidata());
            data(x, "wikidata_close", n.wikidataClose());
            for (String lang : new String[] {"vi", "zh", "ru"}) {
                data(x, "label_" + lang, n.labelIn(lang));
            }
            x.writeEndElement();
        }
        for (ActorNetwork.Edge e : net.edges()) {
            // Every edge is written directed (networkx rejects mixed graphs); symmetric ones say so in a key.
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            data(x, "relation", e.relation());
            data(x, "claims", Integer.toString(e.claims()));
            data(x, "earliest", text(e.earliest()));
            data(x, "latest", text(e.latest()));
            data(x, "symmetric", Boolean.toString(!e.directed()));
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
        if (value == null) {
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
