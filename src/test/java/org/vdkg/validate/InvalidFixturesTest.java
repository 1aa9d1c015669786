package org.vdkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vdkg.curate.CurationPipeline;
import org.vdkg.curate.CurationResult;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.vocab.IriScheme;

/**
 * One minimal project per rule under {@code fixtures/invalid/<rule>[-variant]}: each reports its rule at
 * the expected file, line and column, with the expected hint, and raises no other error.
 */
class InvalidFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/invalid");

    /** A fixture is a project, or holds one in {@code project/} beside {@code shared/sources/} when it needs texts. */
    static CurationResult run(String fixture) {
        Path root = FIXTURES.resolve(fixture);
        if (java.nio.file.Files.isDirectory(root.resolve("project"))) {
            root = root.resolve("project");
        }
        return CurationPipeline.run(new ProjectLayout(root), IriScheme.DEFAULT_BASE);
    }

    @Test
    void theBaseFixtureIsValid() {
        assertEquals(List.of(), run("valid").problems());
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}:{3}:{4}")
    @CsvSource(delimiter = '|', textBlock = """
        yaml-syntax                        | VDKG-E001 | data/claims/demo.yaml       | 5  | 16 | quote a value
        yaml-syntax-alias-bomb             | VDKG-E001 | data/claims/demo.yaml       | 6  | 14 | no anchors or aliases
        yaml-syntax-deep-nesting           | VDKG-E001 | data/claims/demo.yaml       | 12 | 40 | flatten the structure
        unknown-key                        | VDKG-E002 | data/claims/demo.yaml       | 9  | 5  | did you mean 'destinations'?
        missing-field                      | VDKG-E003 | data/claims/demo.yaml       | 4  | 5  | add paragraph
        unknown-entity                     | VDKG-E004 | data/claims/demo.yaml       | 8  | 14 | did you mean 'vo-nguyen-giap'?
        unknown-entity-token-overlap       | VDKG-E004 | data/claims/demo.yaml       | 8  | 14 | did you mean 'vo-nguyen-giap'?
        duplicate-id                       | VDKG-E005 | data/claims/demo.yaml       | 12 | 9  | choose another slug
        paragraph-out-of-range             | VDKG-E006 | data/claims/demo.yaml       | 6  | 16 | count paragraphs
        paragraph-out-of-range-non-content | VDKG-E006 | data/claims/demo.yaml       | 6  | 20 | content paragraph
        unknown-footnote                   | VDKG-E007 | data/claims/demo.yaml       | 7  | 15 | footnotes of this source: [1]
        bad-date                           | VDKG-E008 | data/claims/demo.yaml       | 10 | 11 | EDTF subset
        bad-date-inverted-interval         | VDKG-E008 | data/claims/demo.yaml       | 10 | 11 | EDTF subset
        bad-date-bound-outside-edtf        | VDKG-E008 | data/claims/demo.yaml       | 10 | 57 | within the EDTF bounds
        bad-date-earliest-after-latest     | VDKG-E008 | data/claims/demo.yaml       | 10 | 36 | swap
        bad-quantity                       | VDKG-E009 | data/claims/demo.yaml       | 16 | 23 | digits only
        bad-quantity-not-numeric           | VDKG-E009 | data/claims/demo.yaml       | 16 | 23 | digits only
        bad-quantity-min-above-max         | VDKG-E009 | data/claims/demo.yaml       | 16 | 27 | swap the bounds
        unknown-currency                   | VDKG-E010 | data/claims/demo.yaml       | 16 | 41 | SUR, RUB
        unknown-unit                       | VDKG-E011 | data/claims/demo.yaml       | 17 | 11 | did you mean 'person'?
        unknown-concept                    | VDKG-E012 | data/claims/demo.yaml       | 12 | 17 | did you mean 'high'?
        unknown-kind                       | VDKG-E013 | data/claims/demo.yaml       | 5  | 11 | did you mean 'visit'?
        wrong-entity-type                  | VDKG-E014 | data/claims/demo.yaml       | 11 | 12 | expected type
        bad-slug                           | VDKG-E015 | data/claims/demo.yaml       | 4  | 9  | e.g. 'giap-visit'
        bad-wikidata                       | VDKG-E016 | data/entities/entities.yaml | 5  | 15 | wikidata.tsv
        bad-wikidata-exact-for-single-source | VDKG-E016 | data/entities/entities.yaml | 9 | 21 | wikidata_match: close
        shacl-violation                    | VDKG-E017 | data/claims/demo.yaml       | 4  | 5  | shapes
        unknown-source                     | VDKG-E018 | data/claims/demo.yaml       | 1  | 9  | did you mean 'demo'?
        unknown-source-work                | VDKG-E018 | data/sources.yaml           | 12 | 31 | did you mean 'demo-work'?
        unknown-claim-ref                  | VDKG-E019 | data/claims/demo.yaml       | 19 | 21 | did you mean 'giap-visit'?
        bad-structure                      | VDKG-E020 | data/claims/demo.yaml       | 6  | 16 | paragraph: [a, b]
        bad-structure-language-tag         | VDKG-E020 | data/entities/entities.yaml | 10 | 26 | language
        too-few-parties                    | VDKG-E021 | data/claims/demo.yaml       | 15 | 14 | one claim per pair
        bad-rdf                            | VDKG-E022 | ontology/vdkg.ttl           | 3  | 25 | Turtle
        self-reference                     | VDKG-E023 | data/claims/demo.yaml       | 16 | 19 | member, organisation name different entities
        self-reference-aid                 | VDKG-E023 | data/claims/demo.yaml       | 16 | 17 | donor, recipient name different entities
        self-reference-parties             | VDKG-E023 | data/claims/demo.yaml       | 15 | 29 | name each entity once
        self-reference-visit-leader-member | VDKG-E023 | data/claims/demo.yaml       | 16 | 15 | leader, members, hosts name different entities
        self-reference-training            | VDKG-E023 | data/claims/demo.yaml       | 16 | 15 | trainer, trainee name different entities
        self-reference-request             | VDKG-E023 | data/claims/demo.yaml       | 16 | 16 | requester, addressee name different entities
        self-reference-renaming            | VDKG-E023 | data/claims/demo.yaml       | 16 | 9  | from, to name different entities
        self-reference-part-of             | VDKG-E023 | data/claims/demo.yaml       | 16 | 12 | part, whole name different entities
        self-reference-located-in          | VDKG-E023 | data/claims/demo.yaml       | 16 | 13 | entity, within name different entities
        unlinked-contradiction             | VDKG-E024 | data/claims/demo2.yaml      | 4  | 5  | contradicts: [demo/trucks]
        unlinked-contradiction-once        | VDKG-E024 | data/claims/demo2.yaml      | 12 | 5  | contradicts: [demo/school-founded]
        unknown-gazetteer-record           | VDKG-E030 | data/gazetteer.yaml         | 3  | 15 | scripts/gazetteer.sh
        affiliation-cycle                  | VDKG-E040 | data/entities/entities.yaml | 20 | 18 | cannot be above itself
        wrong-entity-type-state-of         | VDKG-E014 | data/entities/entities.yaml | 14 | 17 | expected type
        unknown-entity-parent-of           | VDKG-E004 | data/entities/entities.yaml | 15 | 18 | did you mean 'soviet-ministry'?
        entity-never-used                  | VDKG-W001 | data/entities/entities.yaml | 11 | 5  | remove it
        vague-time-without-confidence      | VDKG-W002 | data/claims/demo.yaml       | 10 | 11 | confidence: medium
        close-match-without-note           | VDKG-W003 | data/entities/entities.yaml | 9  | 21 | in note
        work-never-cited                   | VDKG-W004 | data/sources.yaml           | 16 | 5  | footnote that cites it
        shacl-warning                      | VDKG-W005 | data/claims/demo.yaml       | 4  | 5  | shapes
        paragraph-count-mismatch           | VDKG-W006 | data/sources.yaml           | 9  | 17 | recount
        place-without-gazetteer-decision   | VDKG-W030 | data/entities/entities.yaml | 8  | 5  | no_point
        gazetteer-name-mismatch            | VDKG-W031 | data/gazetteer.yaml         | 3  | 15 | add its name as an alias
        unmarked-outside-fact              | VDKG-W040 | data/entities/entities.yaml | 4  | 35 | names: {vi: {label
        unmarked-outside-fact-names-without-origin | VDKG-W040 | data/entities/entities.yaml | 6 | 11 | origin: name
        unmarked-outside-fact-state-without-origin | VDKG-W040 | data/entities/entities.yaml | 14 | 12 | origin: name
        unmarked-outside-fact-description  | VDKG-W040 | data/entities/entities.yaml | 5  | 36 | origin: curator
        unmarked-outside-fact-unprinted-alias | VDKG-W040 | data/entities/entities.yaml | 5 | 62 | names: {en: {aliases: ["Brother Van"]
        body-without-state                 | VDKG-W041 | data/entities/entities.yaml | 11 | 5  | no_state
        """)
    void reportsTheRuleAtItsPosition(String fixture, String id, String file, int line, int column, String hint) {
        CurationResult r = run(fixture);
        String all = r.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        List<Problem> hits = r.problems().stream().filter(p -> p.id().equals(id)).toList();
        assertEquals(1, hits.size(), () -> "expected one " + id + " in:\n" + all);
        Problem p = hits.get(0);
        assertEquals(file, p.file(), all);
        assertEquals(line, p.line(), all);
        assertEquals(column, p.column(), all);
        assertTrue(p.hint().contains(hint), () -> "hint '" + p.hint() + "' lacks '" + hint + "'");
        assertTrue(fixture.startsWith(ruleLabel(id)), "fixture named after its rule");
        assertTrue(r.problems().stream().filter(Problem::isError).allMatch(x -> x.id().equals(id)),
            () -> "unexpected other errors:\n" + all);
    }

    private static String ruleLabel(String id) {
        for (Rule rule : Rule.values()) {
            if (rule.id().equals(id)) {
                return rule.label();
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void everyRuleHasAFixture() {
        java.util.Set<String> fixtures = new java.util.TreeSet<>();
        for (java.io.File f : java.util.Objects.requireNonNull(FIXTURES.toFile().listFiles())) {
            fixtures.add(f.getName());
        }
        for (Rule rule : Rule.values()) {
            assertTrue(fixtures.contains(rule.label()), "no fixture for " + rule.id() + " " + rule.label());
        }
    }

    @Test
    void reportsEveryProblemOfOneRunInFileAndLineOrder() {
        CurationResult r = run("unknown-source-work");
        List<Problem> sorted = r.problems().stream().sorted(CurationValidator.ORDER).toList();
        assertEquals(sorted, r.problems());
        assertEquals(2, r.problems().size());
    }
}
