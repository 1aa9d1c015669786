package org.vdkg.store;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vdkg.problem.UserException;

/**
 * A built database opened in this process; the default graph is the union of the named graphs, as served. A
 * read-only database is opened from a temporary copy (see {@link WritableDatabase}).
 */
public final class Store implements AutoCloseable {

    private final Dataset tdb;
    private final Dataset dataset;
    private final WritableDatabase dir;

    private Store(Dataset tdb, Dataset dataset, WritableDatabase dir) {
        this.tdb = tdb;
        this.dataset = dataset;
        this.dir = dir;
    }

    /** Opens the database at {@code db}; a missing or incomplete database is the user's error. */
    public static Store open(Path db) {
        return open(db, (ds, dir) -> ds);
    }

    /**
     * Opens the database at {@code db} and queries it through {@code view}.
     *
     * @param view wraps the opened TDB2 dataset (e.g. with its text index), given the directory it was opened from
     */
    public static Store open(Path db, BiFunction<Dataset, Path, Dataset> view) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        dirs.recover();
        if (!dirs.isComplete()) {
            throw new UserException("no database at " + db + " (run: vdkg build)");
        }
        WritableDatabase dir = WritableDatabase.of(dirs.db());
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(Location.create(dir.dir()));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        } catch (DBOpEnvException e) {
            dir.close();
            throw new UserException("cannot open the database at " + db + " (is a server using it? stop it first,"
                    + " or give --endpoint URL): " + e.getMessage(), e);
        } catch (TDBException e) {
            dir.close();
            throw new UserException("cannot open the database at " + db + ": " + e.getMessage(), e);
        }
        try {
            return new Store(ds, view.apply(ds, dir.dir()), dir);
        } catch (RuntimeException e) {
            release(ds, dir);
            throw e;
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        if (dataset != tdb) {
            dataset.close();
        }
        release(tdb, dir);
    }

    private static void release(Dataset tdb, WritableDatabase dir) {
        TDBInternal.expel(tdb.asDatasetGraph());
        DatabaseDirs.removeLockFiles(dir.dir());
        dir.close();
    }
}
