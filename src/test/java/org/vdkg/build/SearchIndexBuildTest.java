package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.UserException;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.store.SearchIndexConfig;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/** The index is part of the atomic build: written into the new database directory, and lost with it when the build fails. */
class SearchIndexBuildTest {

    private final DatabaseBuilder builder = new DatabaseBuilder("test");

    @Test
    void theIndexHoldsOneDocumentPerLabelAndAlias(@TempDir Path dir) throws IOException {
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = builder.build(layout, IriScheme.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());
        assertTrue(docs(built.database()) > 500, "labels and aliases of entities, concepts and ontology terms");
    }

    @Test
    void aBrokenIndexDescriptionFailsTheBuildAndLeavesTheOldDatabaseAndIndex(@TempDir Path dir) throws IOException {
        ProjectLayout layout = TestProject.copyInto(dir);
        Path db = dir.resolve("run/db");
        assertTrue(builder.build(layout, IriScheme.DEFAULT_BASE, db).built());
        String stamp = Files.readString(db.resolve(DatabaseDirs.STAMP));
        int before = docs(db);

        Path config = TestProject.config(layout);
        Files.writeString(config, Files.readString(config).replace("text:ASCIIFoldingFilter", "text:NoSuchFilter"));
        Files.writeString(layout.dataDir().resolve("entities/people.yaml"),
                Files.readString(layout.dataDir().resolve("entities/people.yaml")).replace("Uncle Ho", "Uncle Ho Changed"));
        assertThrows(UserException.class, () -> builder.build(layout, IriScheme.DEFAULT_BASE, db));

        assertEquals(stamp, Files.readString(db.resolve(DatabaseDirs.STAMP)), "the old database is untouched");
        assertEquals(before, docs(db), "the old index is untouched");
        try (Stream<Path> s = Files.list(dir.resolve("run"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("db.new-")), "no half-built directory is left");
        }
    }

    private static int docs(Path db) throws IOException {
        try (FSDirectory d = FSDirectory.open(SearchIndexConfig.indexDir(db)); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }
}
