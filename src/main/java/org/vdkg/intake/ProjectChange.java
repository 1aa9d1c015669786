package org.vdkg.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;

/**
 * New contents for some files of a project, validated by the real pipeline on a trial copy of {@code ontology/} and
 * {@code data/} before anything is written: a tool's change is written whole or not at all.
 */
final class ProjectChange {

    private final ProjectLayout layout;
    private final Optional<Path> texts;
    private final Map<String, String> files = new LinkedHashMap<>();

    /** @param texts the source texts, so that the trial also checks paragraph counts; empty when not at hand */
    ProjectChange(ProjectLayout layout, Optional<Path> texts) {
        this.layout = layout;
        this.texts = texts;
    }

    /** Sets the new contents of {@code relPath} (project-relative, '/' separators). */
    ProjectChange put(String relPath, String contents) {
        files.put(relPath, contents);
        return this;
    }

    /** Every problem the pipeline finds in the project as it would be with the change. */
    List<Problem> validate(String base) {
        Path trial = null;
        try {
            trial = Files.createTempDirectory("vdkg-trial");
            Path root = trial.resolve("project");
            copyTree(layout.ontologyDir(), root.resolve("ontology"));
            copyTree(layout.dataDir(), root.resolve("data"));
            if (texts.isPresent()) {
                // The pipeline looks for texts beside the project, as ../shared/sources.
                Files.createDirectories(trial.resolve("shared"));
                try {
                    Files.createSymbolicLink(trial.resolve("shared").resolve("sources"), texts.get().toAbsolutePath());
                } catch (IOException | UnsupportedOperationException e) {
                    // Without the link the trial skips the paragraph count check, as validate does without texts.
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return new ArrayList<>(CurationPipeline.run(new ProjectLayout(root), base).problems());
        } catch (IOException e) {
            throw StorageFailure.of(e, null, null).orElseGet(() -> new UserException("cannot prepare the trial copy: " + e.getMessage(), e));
        } finally {
            deleteTree(trial);
        }
    }

    /** Writes every file, each through {@code FILE.part} and a rename; files that were not there are removed on failure. */
    void write() {
        List<Path> created = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = layout.root().resolve(f.getKey());
                Files.createDirectories(p.getParent());
                if (!Files.exists(p)) {
                    created.add(p);
                }
                Path part = p.resolveSibling(p.getFileName() + ".part");
                Files.writeString(part, f.getValue(), StandardCharsets.UTF_8);
                Files.move(part, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            for (Path p : created) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw StorageFailure.of(e, null, null).orElseGet(() -> new UserException("cannot write: " + e.getMessage(), e));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
