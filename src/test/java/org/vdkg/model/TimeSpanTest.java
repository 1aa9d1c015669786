package org.vdkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.Problem;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YamlReader;

/** The map form of time: explicit bounds narrow the EDTF bounds and must lie within them. */
class TimeSpanTest {

    private static Optional<TimeSpan> time(String yaml, List<Problem> problems) {
        YNode doc = YamlReader.readString("time: " + yaml, "t.yaml", problems).orElseThrow();
        return TimeSpan.read(((YMap) doc).get("time").orElseThrow(), problems);
    }

    @Test
    void narrowsTheEdtfBoundsWithExplicitOnes() {
        List<Problem> problems = new ArrayList<>();
        TimeSpan t = time("{edtf: \"1970/1989\", text: \"late 1970s to mid-1980s\", earliest: 1975-01-01, "
            + "latest: 1987-12-31}", problems).orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals(LocalDate.of(1975, 1, 1), t.earliest());
        assertEquals(LocalDate.of(1987, 12, 31), t.latest());
        assertEquals("late 1970s to mid-1980s", t.text());
        assertTrue(t.vague());
    }

    @Test
    void refusesABoundOutsideTheEdtfBounds() {
        List<Problem> problems = new ArrayList<>();
        assertTrue(time("{edtf: \"1955\", latest: 1956-01-01}", problems).isEmpty());
        assertEquals(List.of("VDKG-E008"), problems.stream().map(Problem::id).toList());
        assertEquals(1, problems.get(0).line());
        assertEquals(30, problems.get(0).column());
    }

    @Test
    void refusesAnInvalidExplicitDay() {
        List<Problem> problems = new ArrayList<>();
        assertTrue(time("{edtf: \"1955\", earliest: 1955-02-30}", problems).isEmpty());
        assertEquals("VDKG-E008", problems.get(0).id());
    }

    @Test
    void acceptsAnOpenIntervalWithANarrowedKnownEnd() {
        List<Problem> problems = new ArrayList<>();
        TimeSpan t = time("{edtf: \"1949/..\", text: \"after the 1949 campaign\", earliest: 1949-06-01}", problems)
            .orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals(LocalDate.of(1949, 6, 1), t.earliest());
        assertEquals(null, t.latest());
    }
}
