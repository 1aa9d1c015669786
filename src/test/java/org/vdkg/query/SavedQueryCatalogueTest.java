package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.vdkg.support.BuiltDatabase;
import org.junit.jupiter.api.TestFactory;

/** The catalogue's form: enough queries, each parses, has its three header lines and an expected answer with its columns. */
class SavedQueryCatalogueTest {

    private static final SavedQueryCatalogue CATALOGUE = new SavedQueryCatalogue(BuiltDatabase.layout().queriesDir());

    @Test
    void thereAreAtLeast35SavedQueries() {
        int n = CATALOGUE.list().size();
        assertTrue(n >= 35, "only " + n + " saved queries");
    }

    @Test
    void everyExpectedAnswerBelongsToAQuery() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.list(CATALOGUE.dir().resolve("expected"))) {
            List<String> orphans = files.map(p -> p.getFileName().toString().replaceFirst("\\.tsv$", ""))
                .filter(id -> CATALOGUE.find(id).isEmpty()).toList();
            assertEquals(List.of(), orphans, "expected answers without a query");
        }
    }

    @Test
    void findsByIdFileNameAndPath() {
        SavedQuery q = CATALOGUE.list().get(0);
        assertEquals(q, CATALOGUE.find(q.id()).orElseThrow());
        assertEquals(q, CATALOGUE.find(q.id() + ".rq").orElseThrow());
        assertEquals(q, CATALOGUE.find(q.file().toString()).orElseThrow());
        assertTrue(CATALOGUE.find("no-such-query").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryIsWellFormed() {
        return CATALOGUE.list().stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            assertTrue(q.hasHeader(), "header lines # Question:, # Shows:, # Sources: missing or blank");
            assertTrue(q.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "file name is not a slug");
            Query parsed = q.parse();
            assertTrue(parsed.isSelectType() || parsed.isConstructType(), "not a SELECT or CONSTRUCT query");
            java.nio.file.Path expected = SavedQueriesTest.expectedFile(q);
            assertTrue(Files.isRegularFile(expected), "missing " + expected);
            assertEquals(parsed.isSelectType() ? parsed.getResultVars() : UnionSelect.STATEMENT_COLUMNS,
                ExpectedAnswer.read(expected).columns(),
                "the expected answer's header is not the query's variables");
            for (String cited : q.sources().split(";")) {
                String source = cited.strip().split("\\s+")[0];
                assertTrue(Files.isRegularFile(BuiltDatabase.layout().dataDir().resolve("claims").resolve(source + ".yaml")),
                    "# Sources: names '" + source + "', which is not a source id of data/claims/");
            }
        }));
    }
}
