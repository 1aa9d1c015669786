package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Opens and closes the UTF-8 XML stream writers of the XML formats (escaping is the StAX writer's job). */
final class Xml {

    private Xml() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        x.writeCharacters("\n");
        return x;
    }

    static void close(XMLStreamWriter x, OutputStream out) throws XMLStreamException, IOException {
        x.writeEndDocument();
        x.flush();
        x.close();
        out.write('\n');
    }
}
