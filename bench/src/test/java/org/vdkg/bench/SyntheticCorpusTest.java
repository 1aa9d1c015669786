package org.vdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.support.TestProject;

/**
 * The bench's corpus is a project a server can start on: N copies of the curated data, and the ontology, the Fuseki
 * configuration and the saved queries as they are (a server offers the saved queries and warms their answers).
 */
class SyntheticCorpusTest {

    @Test
    void aCorpusCarriesTheProjectsSavedQueriesAndNCopiesOfItsClaims(@TempDir Path dir) throws IOException {
        ProjectLayout project = new ProjectLayout(TestProject.REPO);
        SyntheticCorpus.Corpus one = SyntheticCorpus.write(project, 1, dir.resolve("one"));
        SyntheticCorpus.Corpus three = SyntheticCorpus.write(project, 3, dir.resolve("three"));
        assertEquals(names(project.queriesDir()), names(three.layout().queriesDir()), "the saved queries, every one");
        assertTrue(names(three.layout().queriesDir()).size() > 10);
        for (String q : names(project.queriesDir())) {
            assertEquals(Files.readString(project.queriesDir().resolve(q)), Files.readString(three.layout().queriesDir().resolve(q)), q);
        }
        assertEquals(3 * one.claims(), three.claims(), "three copies of the claims");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rq")).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
