package org.vdkg.export;

import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.vdkg.store.Store;

/** Writes a built database as standard RDF: all named graphs (TriG, N-Quads, JSON-LD) or their union (Turtle). */
public final class DatasetExporter {

    /** The export formats. */
    public enum Format {
        TRIG(RDFFormat.TRIG_BLOCKS, Lang.TRIG),
        NQ(RDFFormat.NQUADS, Lang.NQUADS),
        JSONLD(RDFFormat.JSONLD11_PLAIN, Lang.JSONLD),
        TTL(RDFFormat.TURTLE_BLOCKS, Lang.TURTLE);

        private final RDFFormat format;
        private final Lang lang;

        Format(RDFFormat format, Lang lang) {
            this.format = format;
            this.lang = lang;
        }

        public Lang lang() {
            return lang;
        }
    }

    private DatasetExporter() {
    }

    public static void export(Store store, Format format, OutputStream out) {
        export(store.dataset().asDatasetGraph(), format, out);
    }

    /** Writes {@code dsg} in its own read transaction. */
    public static void export(DatasetGraph dsg, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            if (format == Format.TTL) {
                RDFDataMgr.write(out, dsg.getUnionGraph(), format.format);
            } else {
                RDFDataMgr.write(out, dsg, format.format);
            }
        });
    }
}
