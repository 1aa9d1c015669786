package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/**
 * The bounded REGEX and REPLACE compile each pattern once and reuse it (they are called per row, and compiling per
 * row made the saved queries that use REPLACE 2-3x slower than stock Fuseki at N=100); the reused pattern is the one
 * asked for, flags included, and a pattern that does not compile is refused every time.
 */
class PatternReuseTest {

    private static NodeValue s(String v) {
        return NodeValue.makeString(v);
    }

    @Test
    void aPatternIsCompiledOnceAndFlagsMakeAnother() {
        Pattern first = EvaluationLimits.pattern("REPLACE", s("^.*/"), null);
        assertSame(first, EvaluationLimits.pattern("REPLACE", s("^.*/"), null));
        assertSame(first, EvaluationLimits.pattern("REGEX", s("^.*/"), null), "the label only names errors");
        Pattern insensitive = EvaluationLimits.pattern("REGEX", s("^.*/"), s("i"));
        assertNotSame(first, insensitive);
        assertTrue((insensitive.flags() & Pattern.CASE_INSENSITIVE) != 0);
        assertEquals(0, first.flags() & Pattern.CASE_INSENSITIVE);
    }

    @Test
    void eachRowGetsItsOwnPatternsAnswer() {
        for (String[] c : List.of(new String[] {"b", "aXc"}, new String[] {"c", "abX"}, new String[] {"b", "aXc"},
                new String[] {"^", "Xabc"}, new String[] {"B", "abc"})) {
            NodeValue r = EvaluationLimits.replace("REPLACE", List.of(s("abc"), s(c[0]), s("X")), null);
            assertEquals(c[1], r.getString(), "REPLACE(\"abc\", \"" + c[0] + "\", \"X\")");
        }
        NodeValue i = EvaluationLimits.replace("REPLACE", List.of(s("abc"), s("B"), s("X"), s("i")), null);
        assertEquals("aXc", i.getString());
        assertTrue(EvaluationLimits.regex("REGEX", List.of(s("Abc"), s("^a"), s("i")), null).getBoolean());
        assertTrue(!EvaluationLimits.regex("REGEX", List.of(s("Abc"), s("^a")), null).getBoolean());
    }

    @Test
    void aPatternThatDoesNotCompileIsRefusedEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThrows(ExprEvalException.class, () -> EvaluationLimits.pattern("REGEX", s("(unclosed"), null));
            assertThrows(ExprEvalException.class, () -> EvaluationLimits.pattern("REGEX", s("a"), s("z")));
        }
    }
}
