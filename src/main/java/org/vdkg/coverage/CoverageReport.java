package org.vdkg.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * Which content paragraphs of each source carry claims; and, where the source texts are at hand,
 * which entity names a paragraph mentions that no claim citing that paragraph refers to.
 *
 * @param sources one entry per source of {@code data/sources.yaml}, in file order
 * @param problems problems met while reading (coverage is computed on what could be read)
 */
public record CoverageReport(List<SourceCoverage> sources, List<Problem> problems) {

    /** An entity name found in a paragraph that no claim citing the paragraph refers to. */
    public record Mention(int paragraph, String entity, String name) {
    }

    /**
     * Coverage of one source.
     *
     * @param content the content paragraphs: 1..paragraphs minus non_content
     * @param cited content paragraphs cited by at least one claim
     * @param uncited content paragraphs no claim cites
     * @param textParagraphs paragraphs counted in the source text, or -1 when the text is not at hand
     * @param mentions names in content paragraphs that the claims citing them leave out (empty without text)
     */
    public record SourceCoverage(String source, int paragraphs, List<Integer> content, List<Integer> cited,
                                 List<Integer> uncited, int claims, int textParagraphs, List<Mention> mentions) {

        public boolean textAvailable() {
            return textParagraphs >= 0;
        }

        /** Share of content paragraphs cited, 0..1. */
        public double ratio() {
            return content.isEmpty() ? 1 : (double) cited.size() / content.size();
        }
    }

    /** Computes coverage for the project at {@code layout}. */
    public static CoverageReport compute(ProjectLayout layout) {
        return compute(layout, layout.sharedSourcesDir());
    }

    /** Computes coverage for the project at {@code layout}, the source texts read from {@code texts} when given. */
    public static CoverageReport compute(ProjectLayout layout, Optional<Path> texts) {
        List<Problem> problems = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), problems);
        return compute(c, texts, problems);
    }

    static CoverageReport compute(Curation c, Optional<Path> textDir, List<Problem> problems) {
        Map<String, EntityRecord> entities = new HashMap<>();
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
        Map<String, List<ClaimRecord>> claimsBySource = new HashMap<>();
        for (ClaimsFile f : c.claimsFiles()) {
            String sid = f.sourceId();
            claimsBySource.computeIfAbsent(sid, k -> new ArrayList<>()).addAll(f.claims());
        }
        List<SourceCoverage> out = new ArrayList<>();
        for (SourceRecord s : c.sources()) {
            if (s.id() == null) {
                continue;
            }
            List<ClaimRecord> claims = claimsBySource.getOrDefault(s.id(), List.of());
            Map<Integer, Set<String>> referenced = new TreeMap<>();
            for (ClaimRecord claim : claims) {
                Set<String> refs = claim.entities();
                for (Located<Integer> p : claim.paragraphs()) {
                    referenced.computeIfAbsent(p.value(), k -> new TreeSet<>()).addAll(refs);
                }
            }
            List<Integer> content = new ArrayList<>();
            List<Integer> cited = new ArrayList<>();
            List<Integer> uncited = new ArrayList<>();
            for (int n = 1; n <= s.paragraphs(); n++) {
                if (s.isContent(n)) {
                    content.add(n);
                    (referenced.containsKey(n) ? cited : uncited).add(n);
                }
            }
            Optional<Path> file = textDir.map(d -> d.resolve(s.file() == null ? s.id() + ".txt" : s.file()))
                .filter(Files::isRegularFile);
            int textCount = -1;
            List<Mention> mentions = new ArrayList<>();
            if (file.isPresent()) {
                SourceText text = SourceText.read(file.get());
                textCount = text.count();
                for (int n : content) {
                    String para = text.paragraph(n);
                    Set<String> refs = referenced.getOrDefault(n, Set.of());
                    for (EntityRecord e : entities.values()) {
                        if (refs.contains(e.id())) {
                            continue;
                        }
                        e.names().stream().filter(name -> NameMatcher.mentions(para, name)).findFirst()
                            .ifPresent(name -> mentions.add(new Mention(n, e.id(), name)));
                    }
                }
            }
            out.add(new SourceCoverage(s.id(), s.paragraphs(), content, cited, uncited, claims.size(), textCount,
                mentions));
        }
        return new CoverageReport(out, problems);
    }
}
