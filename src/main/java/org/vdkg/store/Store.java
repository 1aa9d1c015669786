package org.vdkg.store;

import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vdkg.problem.UserException;

/** A built database opened in this process; the default graph is the union of the named graphs, as served. */
public final class Store implements AutoCloseable {

    private final Dataset dataset;
    private final Path dir;

    private Store(Dataset dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /** Opens the database at {@code db}; a missing or incomplete database is the user's error. */
    public static Store open(Path db) {
        DatabaseDirs dirs = new DatabaseDirs(db);
        dirs.recover();
        if (!dirs.isComplete()) {
            throw new UserException("no database at " + db + " (run: vdkg build)");
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(Location.create(dirs.db()));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(ds, dirs.db());
        } catch (DBOpEnvException e) {
            throw new UserException("cannot open the database at " + db + " (is a server using it? stop it first): "
                    + e.getMessage(), e);
        } catch (TDBException e) {
            throw new UserException("cannot open the database at " + db + ": " + e.getMessage(), e);
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
        DatabaseDirs.removeLockFiles(dir);
    }
}
