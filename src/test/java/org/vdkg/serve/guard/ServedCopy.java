package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.load.CurationPipeline;
import org.vdkg.load.ProjectLayout;
import org.vdkg.serve.VdkgServer;
import org.vdkg.support.TestProject;

/** A temporary copy of the project, built, and a server on it started with the given guard settings. */
final class ServedCopy implements AutoCloseable {

    final Path dir;
    final ProjectLayout layout;
    final BuildResult built;
    final VdkgServer server;

    private ServedCopy(Path dir, ProjectLayout layout, BuildResult built, VdkgServer server) {
        this.dir = dir;
        this.layout = layout;
        this.built = built;
        this.server = server;
    }

    static ServedCopy start(long timeoutMillis, java.util.function.UnaryOperator<GuardSettings> guard) {
        Path dir;
        try {
            dir = Files.createTempDirectory("vdkg-guard-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = new DatabaseBuilder("test").build(layout, CurationPipeline.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());
        VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), built.database(),
                "127.0.0.1", 0, timeoutMillis, guard.apply(GuardSettings.defaults())));
        return new ServedCopy(dir, layout, built, server);
    }

    String base() {
        return server.url();
    }

    String sparql() {
        return server.sparqlUrl();
    }

    @Override
    public void close() {
        server.close();
        TestProject.deleteTree(dir);
    }
}
