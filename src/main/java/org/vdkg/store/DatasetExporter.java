package org.vdkg.store;

import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/** Writes a built database as standard RDF: all named graphs (TriG, N-Quads) or their union (Turtle). */
public final class DatasetExporter {

    /** The export formats. */
    public enum Format {
        TRIG(RDFFormat.TRIG_BLOCKS, Lang.TRIG),
        NQ(RDFFormat.NQUADS, Lang.NQUADS),
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
        Txn.executeRead(store.dataset(), () -> {
            if (format == Format.TTL) {
                RDFDataMgr.write(out, store.dataset().getUnionModel(), format.format);
            } else {
                RDFDataMgr.write(out, store.dataset().asDatasetGraph(), format.format);
            }
        });
    }
}
