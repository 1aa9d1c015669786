package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.Http;
import org.vdkg.support.TestProject;
import org.vdkg.vocab.IriScheme;

class QueryTimeoutTest {

    @Test
    void aQueryLongerThanTheTimeoutIsStoppedWith503(@TempDir Path dir) {
        ProjectLayout layout = TestProject.copyInto(dir);
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());
        StringBuilder q = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE { ");
        for (int i = 0; i < 12; i++) {
            q.append("?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" . ");
        }
        q.append('}');
        Object globalBefore = ARQ.getContext().get(ARQ.queryTimeout);
        try (VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), built.database(), "127.0.0.1", 0, 1_000))) {
            HttpResponse<String> r = Http.get(server.sparqlUrl() + "?query=" + Http.encode(q.toString()), "text/csv");
            // The server's own verdict that the query ran out of time; no clock in the test.
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(200, Http.get(server.sparqlUrl() + "?query=" + Http.encode("ASK {}"), "text/csv").statusCode());
        }
        // The served timeout must not linger in the process and cancel later in-process queries.
        assertEquals(globalBefore, ARQ.getContext().get(ARQ.queryTimeout));
    }
}
