package org.vdkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.Rule;

/** Every rule's id and name is documented in docs/errors.md, with cause and fix. */
class ErrorsDocumentedTest {

    @Test
    void everyRuleIsDocumentedInErrorsMd() throws Exception {
        String doc = Files.readString(Path.of("docs/errors.md"));
        for (Rule r : Rule.values()) {
            assertTrue(doc.contains("| " + r.id() + " | " + r.label() + " |"), r.id() + " " + r.label() + " not documented");
        }
    }
}
