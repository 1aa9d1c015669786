package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.Store;
import org.vdkg.vocab.IriScheme;

/**
 * The real TDB2 database that {@code vdkg build} makes from this repository's ontology and data (curated
 * graphs plus graph/inferred, union default graph), built once per test JVM and deleted when it exits.
 */
public final class BuiltDatabase {

    private static BuildResult result;
    private static Store store;

    private BuiltDatabase() {
    }

    /** This repository's layout. */
    public static ProjectLayout layout() {
        return new ProjectLayout(TestProject.REPO);
    }

    /** The build's outcome (its problems explain a failing comparison). */
    public static synchronized BuildResult result() {
        open();
        return result;
    }

    /** The database, opened read-only in spirit: tests must not write to it. */
    public static synchronized Dataset dataset() {
        return open().dataset();
    }

    /** A fresh in-memory copy of the database's named graphs merged into one model (the union the server queries). */
    public static Model union() {
        Dataset ds = dataset();
        Model union = ModelFactory.createDefaultModel();
        Txn.executeRead(ds, () -> ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n))));
        return union;
    }

    private static Store open() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("vdkg-built-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TestProject.deleteTree(dir)));
                result = new DatabaseBuilder("test").build(layout(), IriScheme.DEFAULT_BASE, dir.resolve("db"));
                if (!result.built()) {
                    throw new IllegalStateException("the curated data did not build: " + result.problems());
                }
                store = Store.open(result.database());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }
}
