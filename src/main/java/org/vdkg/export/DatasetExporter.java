package org.vdkg.export;

import java.io.OutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.vdkg.store.Store;
import org.vdkg.vocab.PROV;

/**
 * Writes a built database as standard RDF: all named graphs (TriG, N-Quads, JSON-LD) or their union (Turtle); and two
 * views of it in TriG of their own, so that clients of the plain dumps are unaffected: the RDF 1.2 reifiers of the
 * shortcut triples ({@link ShortcutReifiers}) and one nanopublication per claim ({@link Nanopublications}).
 */
public final class DatasetExporter {

    /** The graph the reifiers dump puts its reifiers in, under the base IRI. */
    public static final String REIFIERS_GRAPH = "graph/reifiers";

    private DatasetExporter() {
    }

    public static void export(Store store, ExportFormat format, OutputStream out) {
        export(store.dataset().asDatasetGraph(), format, out);
    }

    /** Writes {@code dsg} in its own read transaction, in one of the RDF formats ({@link ExportFormat#isRdf()}). */
    public static void export(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format.key() + " is not an RDF format");
        }
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case TTL -> RDFDataMgr.write(out, dsg.getUnionGraph(), format.rdfFormat());
                case REIFIERS -> {
                    DatasetGraph reifiers = DatasetGraphFactory.createTxnMem();
                    reifiers.addGraph(NodeFactory.createURI(base(dsg) + REIFIERS_GRAPH),
                            ShortcutReifiers.graph(dsg));
                    reifiers.prefixes().putAll(dsg.prefixes());
                    reifiers.prefixes().add("prov", PROV.NS);
                    RDFDataMgr.write(out, reifiers, format.rdfFormat());
                }
                case NANOPUB -> RDFDataMgr.write(out, Nanopublications.of(dsg), format.rdfFormat());
                default -> RDFDataMgr.write(out, dsg, format.rdfFormat());
            }
        });
    }

    /** The base IRI of a built database: the name of its graph/inferred without that suffix. */
    static String base(DatasetGraph dsg) {
        String suffix = "graph/inferred";
        return Iter.asStream(dsg.listGraphNodes())
                .filter(Node::isURI).map(Node::getURI).filter(u -> u.endsWith(suffix))
                .map(u -> u.substring(0, u.length() - suffix.length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a built vdkg database: no graph/inferred"));
    }
}
