package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vdkg.support.BuiltDatabase;
import org.vdkg.support.TestProject;

/**
 * Runs every worked example of the README's "Questions you can ask" section against the built database and
 * checks that each row of its printed excerpt is a row of the answer, as {@code vdkg query} prints it.
 */
class ReadmeQuestionsTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "### (.+?)\\n.*?```sparql\\n(.*?)```\\s*```text\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleRunsAsWritten() throws IOException {
        String readme = Files.readString(TestProject.REPO.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Questions you can ask");
        assertTrue(start >= 0, "README has no 'Questions you can ask' section");
        int end = readme.indexOf("\n## ", start + 3);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(section);
        while (m.find()) {
            String title = m.group(1);
            String sparql = m.group(2);
            List<String> excerpt = m.group(3).lines().toList();
            tests.add(DynamicTest.dynamicTest(title, () -> check(sparql, excerpt)));
        }
        assertEquals(5, tests.size(), "the section should hold five worked examples");
        return tests.stream();
    }

    private static void check(String sparql, List<String> excerpt) {
        ResultTable table = UnionSelect.selectOverUnion(BuiltDatabase.dataset(), QueryFactory.create(sparql));
        StringWriter printed = new StringWriter();
        table.write(ResultFormat.TABLE, printed);
        List<List<String>> actual = printed.toString().lines().map(ReadmeQuestionsTest::cells).toList();
        assertEquals(cells(excerpt.get(0)), actual.get(0), "column header");
        List<String> rows = excerpt.subList(2, excerpt.size());
        assertFalse(rows.isEmpty(), "the excerpt shows no rows");
        for (String row : rows) {
            assertTrue(actual.contains(cells(row)), "not in the answer: " + row + "\nanswer:\n" + printed);
        }
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
    }
}
