package org.vdkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.load.CurationPipeline;
import org.vdkg.load.ProjectLayout;
import org.vdkg.serve.VdkgServer;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;

/**
 * This repository's data built by the real build (TDB2 and Lucene index) into a temporary copy and
 * served by the real server on a free loopback port, once per test JVM.
 */
final class ServedProject {

    private static VdkgServer server;

    private ServedProject() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("vdkg-search-test");
                ProjectLayout layout = TestProject.copyInto(dir);
                BuildResult built = new DatabaseBuilder("test").build(layout, CurationPipeline.DEFAULT_BASE, dir.resolve("run/db"));
                if (!built.built()) {
                    throw new IllegalStateException(built.problems().toString());
                }
                server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), built.database(), "127.0.0.1", 0, 30_000));
                VdkgServer s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    TestProject.deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.url();
    }

    /** GET {@code /search?q=...} as JSON; fails unless 200. */
    static JsonObject search(String q) {
        var r = Http.get(url() + "search?q=" + Http.encode(q), "application/json");
        if (r.statusCode() != 200) {
            throw new AssertionError("search " + q + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.parse(r.body());
    }
}
