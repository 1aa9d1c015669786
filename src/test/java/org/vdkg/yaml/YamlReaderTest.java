package org.vdkg.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;

/** YAML is read with 1-based positions, as written (no type guessing), and hostile input is refused. */
class YamlReaderTest {

    @Test
    void keepsOneBasedLineAndColumnOfEveryValue() {
        List<Problem> problems = new ArrayList<>();
        YMap m = (YMap) YamlReader.readString("a: 1\nb:\n  - x\n  - {c: \"1955\"}\n", "f.yaml", problems).orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals(new Position("f.yaml", 1, 1), m.entries().get("a").keyPos());
        assertEquals(new Position("f.yaml", 1, 4), m.posOf("a"));
        YList b = (YList) m.get("b").orElseThrow();
        assertEquals(new Position("f.yaml", 3, 5), b.items().get(0).pos());
        YMap c = (YMap) b.items().get(1);
        assertEquals(new Position("f.yaml", 4, 9), c.posOf("c"));
        assertEquals("1955", c.text("c").orElseThrow());
    }

    @Test
    void keepsDatesAndNumbersAsTheirText() {
        List<Problem> problems = new ArrayList<>();
        YMap m = (YMap) YamlReader.readString("d: 1955-09-01\nn: 007\n", "f.yaml", problems).orElseThrow();
        assertEquals("1955-09-01", m.text("d").orElseThrow());
        assertEquals("007", m.text("n").orElseThrow());
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        List<Problem> problems = new ArrayList<>();
        assertTrue(YamlReader.readString("a: [1, 2\nb: 3\n", "f.yaml", problems).isEmpty());
        assertEquals(1, problems.size());
        assertEquals("VDKG-E001", problems.get(0).id());
        assertTrue(problems.get(0).line() >= 1);
    }

    @Test
    void refusesDuplicateKeys() {
        List<Problem> problems = new ArrayList<>();
        YamlReader.readString("a: 1\na: 2\n", "f.yaml", problems);
        assertEquals("VDKG-E001", problems.get(0).id());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = String.valueOf(c);
        }
        List<Problem> problems = new ArrayList<>();
        assertTrue(YamlReader.readString(y.toString(), "bomb.yaml", problems).isEmpty());
        assertEquals("VDKG-E001", problems.get(0).id());
        // The 21st alias of a list: the third of line 4 ("d: &d [*c, *c, *c").
        assertEquals(new Position("bomb.yaml", 4, 16), new Position(problems.get(0).file(), problems.get(0).line(), problems.get(0).column()));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        List<Problem> problems = new ArrayList<>();
        assertTrue(YamlReader.readString(deep, "deep.yaml", problems).isEmpty());
        assertEquals("VDKG-E001", problems.get(0).id());
        assertTrue(problems.get(0).message().contains("nesting"), problems.get(0).message());
        assertEquals(1, problems.get(0).line());
        assertEquals(4 + YamlReader.MAX_DEPTH - 1, problems.get(0).column(), "the bracket that opens level 33");
    }

    @Test
    void refusesControlCharactersWhereTheyStand() {
        List<Problem> problems = new ArrayList<>();
        YamlReader.readString("a: 1\nb: \"x\u0007y\"\n", "raw.yaml", problems);
        assertEquals("VDKG-E001 2:6", problems.get(0).id() + " " + problems.get(0).line() + ":" + problems.get(0).column());
        problems.clear();
        YamlReader.readString("a: 1\nb: [ok, \"x\\0y\"]\n", "escaped.yaml", problems);
        assertEquals("VDKG-E001 2:9", problems.get(0).id() + " " + problems.get(0).line() + ":" + problems.get(0).column());
        problems.clear();
        YamlReader.readString("a: \"tab\\there\"\nb: |\n  two\n  lines\n", "fine.yaml", problems);
        assertEquals(List.of(), problems, "tabs and line breaks are text");
    }
}
