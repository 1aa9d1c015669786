package org.vdkg.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.NameMatcher;

/** Coverage lists uncited content paragraphs and, with the text at hand, names the claims leave out. */
class CoverageReportTest {

    static final Path PROJECT = Path.of("src/test/resources/fixtures/coverage/project");

    @Test
    void listsContentParagraphsWithAndWithoutClaims() {
        CoverageReport r = CoverageReport.compute(new ProjectLayout(PROJECT));
        assertEquals(1, r.sources().size());
        CoverageReport.SourceCoverage s = r.sources().get(0);
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), s.content());
        assertEquals(List.of(3, 4, 5, 6, 7), s.cited());
        assertEquals(List.of(2, 8, 9), s.uncited());
        assertEquals(4, s.claims());
    }

    @Test
    void findsNamesThatNoClaimCitingTheParagraphRefersTo() {
        CoverageReport.SourceCoverage s = CoverageReport.compute(new ProjectLayout(PROJECT)).sources().get(0);
        assertTrue(s.textAvailable());
        assertEquals(10, s.textParagraphs());
        // paragraph 6 (a count claim on the ministry) names the USSR; paragraph 8 (uncited) names Hanoi
        assertTrue(s.mentions().contains(new CoverageReport.Mention(6, "soviet-union", "USSR")), s.mentions()::toString);
        assertTrue(s.mentions().contains(new CoverageReport.Mention(8, "hanoi", "Hanoi")), s.mentions()::toString);
        // paragraph 4 names Võ Nguyên Giáp, whom a claim citing 4 refers to: diacritics are ignored
        assertFalse(s.mentions().stream().anyMatch(m -> m.paragraph() == 4 && m.entity().equals("vo-nguyen-giap")));
        // "us" in ordinary text is not the acronym of an entity; non-content paragraphs are not searched
        assertFalse(s.mentions().stream().anyMatch(m -> m.paragraph() == 1 || m.paragraph() == 10));
    }

    @Test
    void withoutTheTextsItStillReportsParagraphs() {
        CoverageReport.SourceCoverage s = CoverageReport.compute(
            new ProjectLayout(Path.of("src/test/resources/fixtures/golden"))).sources().get(0);
        assertFalse(s.textAvailable());
        assertEquals(List.of(2, 8, 9), s.uncited());
        assertEquals(List.of(), s.mentions());
    }

    @Test
    void theCommandPrintsOneBlockPerSource() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CoverageText.execute(new ProjectLayout(PROJECT), Optional.empty(),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(text.contains("demo-article: 5 of 8 content paragraphs cited (63%), 4 claims"), text);
        assertTrue(text.contains("  uncited: 2, 8-9"), text);
        assertTrue(text.contains("paragraph 8 names, not in its claims: hanoi (\"Hanoi\")"), text);
        assertEquals(1, CoverageText.execute(new ProjectLayout(PROJECT), Optional.of("nope"),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void matchesNamesIgnoringCaseAndDiacritics() {
        assertTrue(NameMatcher.mentions("Đại tướng Võ Nguyên Giáp đã đến", "Vo Nguyen Giap"));
        assertTrue(NameMatcher.mentions("the people's army", "People’s Army"));
        assertTrue(NameMatcher.mentions("aid from the USSR.", "USSR"));
        assertFalse(NameMatcher.mentions("tell us more", "US"));
        assertFalse(NameMatcher.mentions("Hanoians", "Hanoi"));
    }
}
