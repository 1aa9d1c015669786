package org.vdkg.export;

import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.vdkg.store.Store;

/** Writes a built database as standard RDF: all named graphs (TriG, N-Quads, JSON-LD) or their union (Turtle). */
public final class DatasetExporter {

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
            if (format == ExportFormat.TTL) {
                RDFDataMgr.write(out, dsg.getUnionGraph(), format.rdfFormat());
            } else {
                RDFDataMgr.write(out, dsg, format.rdfFormat());
            }
        });
    }
}
