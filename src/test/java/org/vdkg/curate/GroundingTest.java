package org.vdkg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.NameMatcher;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.SourceText;
import org.vdkg.problem.Problem;
import org.vdkg.read.CurationReader;
import org.vdkg.yaml.Located;

/**
 * Every real claim is grounded: the paragraph(s) it cites name (label or alias, ignoring case and
 * diacritics) at least one entity the claim refers to. Needs the source texts in ../shared/sources.
 */
class GroundingTest {

    @Test
    void everyClaimsCitedParagraphNamesOneOfItsEntities() {
        ProjectLayout layout = new ProjectLayout(Path.of(""));
        Optional<Path> texts = layout.sharedSourcesDir();
        Assumptions.assumeTrue(texts.isPresent(), "../shared/sources absent: grounding test skipped");
        Assumptions.assumeTrue(Files.isRegularFile(layout.dataDir().resolve("sources.yaml")), "data/ absent");
        List<Problem> problems = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), problems);
        Map<String, EntityRecord> entities = new HashMap<>();
        c.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        Map<String, SourceRecord> sources = new HashMap<>();
        c.sources().forEach(s -> sources.put(s.id(), s));
        List<String> ungrounded = new ArrayList<>();
        int checked = 0;
        for (ClaimsFile f : c.claimsFiles()) {
            SourceRecord s = sources.get(f.source().value());
            Path file = texts.get().resolve(s.file());
            Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: grounding test skipped");
            SourceText text = SourceText.read(file);
            for (ClaimRecord claim : f.claims()) {
                Set<String> refs = claim.entities();
                if (refs.isEmpty()) {
                    continue;
                }
                checked++;
                StringBuilder cited = new StringBuilder();
                for (Located<Integer> p : claim.paragraphs()) {
                    cited.append(text.paragraph(p.value())).append('\n');
                }
                boolean grounded = refs.stream().map(entities::get).filter(java.util.Objects::nonNull)
                    .flatMap(e -> e.names().stream()).anyMatch(n -> NameMatcher.mentions(cited.toString(), n));
                if (!grounded) {
                    ungrounded.add(f.file() + ":" + claim.pos().line() + " claim '" + claim.id() + "' (paragraph "
                        + claim.paragraphs().stream().map(p -> String.valueOf(p.value())).toList() + ") names none of "
                        + refs);
                }
            }
        }
        Assumptions.assumeTrue(checked > 0, "no claims to check");
        assertEquals(List.of(), ungrounded, () -> String.join("\n", ungrounded));
    }
}
