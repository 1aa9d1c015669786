package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vdkg.support.BuiltDatabase;

/** Runs every saved query (SELECT, or CONSTRUCT as a table of statements) against the TDB2 database built from the curated data and compares it with its hand-made answer. */
class SavedQueriesTest {

    private static final SavedQueryCatalogue CATALOGUE = new SavedQueryCatalogue(BuiltDatabase.layout().queriesDir());

    static Path expectedFile(SavedQuery q) {
        return CATALOGUE.dir().resolve("expected").resolve(q.id() + ".tsv");
    }

    @TestFactory
    Stream<DynamicTest> everySavedQueryGivesItsExpectedAnswer() {
        List<SavedQuery> queries = CATALOGUE.list();
        assertFalse(queries.isEmpty(), "no saved queries in " + CATALOGUE.dir());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            Path expected = expectedFile(q);
            assertTrue(Files.isRegularFile(expected), "missing expected answer " + expected);
            ResultTable actual = UnionSelect.answerOverUnion(BuiltDatabase.dataset(), q.parse());
            Optional<String> why = ExpectedAnswer.read(expected).mismatch(actual);
            if (why.isPresent()) {
                fail(q.id() + ": " + why.get());
            }
        }));
    }
}
