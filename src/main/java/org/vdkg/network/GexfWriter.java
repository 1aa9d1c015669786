package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ActorNetwork} as GEXF 1.2 with dynamic edges: each dated claim of an edge is one spell, so
 * Gephi's timeline shows an edge during the time its evidence speaks of. An edge without any dated claim has no
 * spell and is shown throughout (its time is unknown, not absent). A claim bounded on one side only ("1950 or later")
 * gives a spell without {@code end} (or {@code start}), and the edge's {@code open_end} ({@code open_start}) attribute
 * says that this end is open in the evidence, not that the relation lasted to the end of the timeline. Undirected
 * edges are {@code type="undirected"}, one per pair; the graph is undirected when every edge is.
 */
final class GexfWriter implements NetworkWriter {

    private static final String NS = "http://www.gexf.net/1.2draft";
    private static final String[] NODE_ATTRS = {"type", "family", "iri", "path", "wikidata", "wikidata_close"};

    @Override
    public void write(ActorNetwork net, OutputStream out) throws XMLStreamException, IOException {
        XMLStreamWriter x = Xml.open(out);
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("version", "1.2");
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters("vdkg");
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters("Actor network of Vietnam's defence and public-security foreign relations");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("mode", "dynamic");
        x.writeAttribute("defaultedgetype", net.directions() == ActorNetwork.Directions.UNDIRECTED ? "undirected" : "directed");
        x.writeAttribute("timeformat", "date");
        List<String> languages = net.languages();
        List<String> nodeAttrs = new ArrayList<>(List.of(NODE_ATTRS));
        languages.forEach(l -> nodeAttrs.add("label_" + l));
        attributes(x, "node", nodeAttrs, "string");
        x.writeStartElement("attributes");
        x.writeAttribute("class", "edge");
        x.writeAttribute("mode", "static");
        attribute(x, "relation", "string");
        attribute(x, "claims", "integer");
        attribute(x, "claim_iris", "string");
        attribute(x, "claim_titles", "string");
        attribute(x, "earliest", "string");
        attribute(x, "latest", "string");
        attribute(x, "open_start", "boolean");
        attribute(x, "open_end", "boolean");
        x.writeEndElement();
        x.writeStartElement("nodes");
        for (ActorNetwork.Node n : net.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.label());
            x.writeStartElement("attvalues");
            value(x, "type", n.type());
            value(x, "family", n.family());
            value(x, "iri", n.iri());
            value(x, "path", n.path());
            value(x, "wikidata", n.wikidata());
            value(x, "wikidata_close", n.wikidataClose());
            for (String lang : languages) {
                value(x, "label_" + lang, n.labels().get(lang));
            }
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("edges");
        for (ActorNetwork.Edge e : net.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            // Not "mutual": readers (networkx) turn a mutual edge into two directed ones.
            x.writeAttribute("type", e.directed() ? "directed" : "undirected");
            x.writeAttribute("label", e.relation());
            x.writeAttribute("weight", Integer.toString(Math.max(1, e.claims())));
            x.writeStartElement("attvalues");
            value(x, "relation", e.relation());
            value(x, "claims", Integer.toString(e.claims()));
            value(x, "claim_iris", EdgeText.iris(e));
            value(x, "claim_titles", EdgeText.titles(e));
            value(x, "open_start", Boolean.toString(e.openStart()));
            value(x, "open_end", Boolean.toString(e.openEnd()));
            value(x, "earliest", e.earliest() == null ? null : e.earliest().toString());
            value(x, "latest", e.latest() == null ? null : e.latest().toString());
            x.writeEndElement();
            if (!e.spans().isEmpty()) {
                x.writeStartElement("spells");
                for (ActorNetwork.Span s : e.spans()) {
                    x.writeEmptyElement("spell");
                    if (s.earliest() != null) {
                        x.writeAttribute("start", s.earliest().toString());
                    }
                    if (s.latest() != null) {
                        x.writeAttribute("end", s.latest().toString());
                    }
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        Xml.close(x, out);
    }

    private static void attributes(XMLStreamWriter x, String cls, List<String> names, String type) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (String n : names) {
            attribute(x, n, type);
        }
        x.writeEndElement();
    }

    private static void attribute(XMLStreamWriter x, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", name);
        x.writeAttribute("title", name);
        x.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", value);
    }
}
