package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/** Writes an {@link ActorNetwork} in one graph tool's format. */
interface NetworkWriter {

    void write(ActorNetwork network, OutputStream out) throws IOException, XMLStreamException;
}
