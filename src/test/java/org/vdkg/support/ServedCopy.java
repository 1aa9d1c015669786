package org.vdkg.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.publish.SourceParagraphs;
import org.vdkg.serve.VdkgServer;
import org.vdkg.serve.guard.GuardSettings;
import org.vdkg.vocab.IriScheme;

/** A temporary copy of the project, built for real into TDB2, and a real server on it; closing stops and deletes both. */
public final class ServedCopy implements AutoCloseable {

    public final Path dir;
    public final ProjectLayout layout;
    public final BuildResult built;
    public final VdkgServer server;

    private ServedCopy(Path dir, ProjectLayout layout, BuildResult built, VdkgServer server) {
        this.dir = dir;
        this.layout = layout;
        this.built = built;
        this.server = server;
    }

    private static ServedCopy shared;

    /**
     * One read-only copy of the real data for the whole test JVM, for tests that only read: it is built once and
     * stopped when the JVM exits.
     */
    public static synchronized ServedCopy shared() {
        if (shared == null) {
            ServedCopy s = start();
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "vdkg-served-copy"));
            shared = s;
        }
        return shared;
    }

    /** The real data, read-only, default limits. */
    public static ServedCopy start() {
        return start(layout -> { }, 30_000, g -> g);
    }

    /** The real data, with this timeout and these guard settings. */
    public static ServedCopy start(long timeoutMillis, UnaryOperator<GuardSettings> guard) {
        return start(layout -> { }, timeoutMillis, guard);
    }

    /** The real data as {@code edit} changes it in the copy before the build. */
    public static ServedCopy start(Consumer<ProjectLayout> edit, long timeoutMillis, UnaryOperator<GuardSettings> guard) {
        return start(edit, timeoutMillis, guard, null);
    }

    /** The real data as {@code edit} changes it, served as if at {@code publicUrl} ({@code serve --public-url}; null for the default). */
    public static ServedCopy start(Consumer<ProjectLayout> edit, long timeoutMillis, UnaryOperator<GuardSettings> guard,
            String publicUrl) {
        return start(edit, timeoutMillis, guard, publicUrl, SourceParagraphs.NONE);
    }

    /** The real data, read-only, default limits, quoting paragraphs from {@code sources} ({@code serve --sources}). */
    public static ServedCopy withSources(SourceParagraphs sources) {
        return start(layout -> { }, 30_000, g -> g, null, sources);
    }

    private static ServedCopy start(Consumer<ProjectLayout> edit, long timeoutMillis, UnaryOperator<GuardSettings> guard,
            String publicUrl, SourceParagraphs sources) {
        Path dir;
        try {
            dir = Files.createTempDirectory("vdkg-served-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProjectLayout layout = TestProject.copyInto(dir);
        edit.accept(layout);
        BuildResult built = new DatabaseBuilder("test").build(layout, IriScheme.DEFAULT_BASE, dir.resolve("run/db"));
        assertTrue(built.built(), built.problems().toString());
        VdkgServer server = VdkgServer.start(new VdkgServer.Settings(TestProject.config(layout), built.database(),
                "127.0.0.1", 0, timeoutMillis, guard.apply(GuardSettings.defaults()), IriScheme.DEFAULT_BASE, publicUrl,
                layout.queriesDir(), sources));
        return new ServedCopy(dir, layout, built, server);
    }

    /** The server's root URL, ending in a slash. */
    public String base() {
        return server.url();
    }

    /** The SPARQL query endpoint's URL. */
    public String sparql() {
        return server.sparqlUrl();
    }

    @Override
    public void close() {
        server.close();
        TestProject.deleteTree(dir);
    }
}
