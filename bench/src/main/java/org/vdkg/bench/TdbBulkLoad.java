package org.vdkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vdkg.export.DatasetExporter;
import org.vdkg.export.ExportFormat;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.store.Store;

/** The reference for build speed: Jena's TDB2 phased bulk loader (as {@code tdb2.tdbloader}) loading the same quads into an empty database. */
final class TdbBulkLoad {

    /**
     * @param seconds wall time of the load alone; @param quads loaded; @param peakHeapMiB during the load
     * @param peakAfterGcMiB peak heap in use right after a collection during the load
     */
    record Result(double seconds, long quads, double peakHeapMiB, double peakAfterGcMiB) {
    }

    private TdbBulkLoad() {
    }

    /** Exports {@code db} to N-Quads (not timed), then times loading that file into {@code target}. */
    static Result load(Path db, Path workDir, Path target) {
        try {
            Files.createDirectories(workDir);
            Path nq = workDir.resolve("dump.nq");
            try (Store store = Store.open(db); OutputStream out = Files.newOutputStream(nq)) {
                DatasetExporter.export(store, ExportFormat.NQ, new java.io.BufferedOutputStream(out, 1 << 16));
            }
            DatabaseDirs.removeLockFiles(db);
            Files.createDirectories(target);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(target));
            try (HeapSampler heap = new HeapSampler()) {
                long t0 = System.nanoTime();
                DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
                loader.startBulk();
                loader.load(nq.toString());
                loader.finishBulk();
                double seconds = (System.nanoTime() - t0) / 1e9;
                long quads = loader.countQuads() + loader.countTriples();
                return new Result(seconds, quads, heap.peakMiB(), heap.peakAfterGcMiB());
            } finally {
                TDBInternal.expel(dsg);
                DatabaseDirs.removeLockFiles(target);
                Files.deleteIfExists(nq);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
