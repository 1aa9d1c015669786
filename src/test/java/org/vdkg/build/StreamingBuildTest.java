package org.vdkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

/**
 * The streaming build writes each source's graph before the next is checked, so a shape error found in a later
 * source must still leave nothing behind: the new directory goes, the old database stays.
 */
class StreamingBuildTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/invalid");

    @Test
    void aShapeErrorFoundWhileStreamingLeavesTheOldDatabaseAndNoNewDirectory(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        TestProject.copyTree(FIXTURES.resolve("valid"), project);
        Path db = dir.resolve("run/db");
        DatabaseBuilder builder = new DatabaseBuilder("test");
        BuildResult first = builder.build(new ProjectLayout(project), IriScheme.DEFAULT_BASE, db);
        assertTrue(first.built(), first.problems().toString());
        String stamp = Files.readString(db.resolve(DatabaseDirs.STAMP));

        // The same project, now with data and shapes that pass every rule but not the shapes.
        DatabaseDirs.deleteTree(project);
        TestProject.copyTree(FIXTURES.resolve("shacl-violation"), project);
        BuildResult failed = builder.build(new ProjectLayout(project), IriScheme.DEFAULT_BASE, db);

        assertFalse(failed.built());
        assertTrue(failed.problems().stream().anyMatch(p -> p.id().equals("VDKG-E017")), failed.problems().toString());
        assertEquals(stamp, Files.readString(db.resolve(DatabaseDirs.STAMP)), "the old database is untouched");
        assertEquals(List.of(), new DatabaseDirs(db).leftovers(), "the half-written database is deleted");
    }
}
