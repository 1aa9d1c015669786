package org.vdkg.problem;

/** Every validation rule with its stable id and short name; {@code docs/errors.md} documents each one. */
public enum Rule {
    YAML_SYNTAX("VDKG-E001", "yaml-syntax"),
    UNKNOWN_KEY("VDKG-E002", "unknown-key"),
    MISSING_FIELD("VDKG-E003", "missing-field"),
    UNKNOWN_ENTITY("VDKG-E004", "unknown-entity"),
    DUPLICATE_ID("VDKG-E005", "duplicate-id"),
    PARAGRAPH_OUT_OF_RANGE("VDKG-E006", "paragraph-out-of-range"),
    UNKNOWN_FOOTNOTE("VDKG-E007", "unknown-footnote"),
    BAD_DATE("VDKG-E008", "bad-date"),
    BAD_QUANTITY("VDKG-E009", "bad-quantity"),
    UNKNOWN_CURRENCY("VDKG-E010", "unknown-currency"),
    UNKNOWN_UNIT("VDKG-E011", "unknown-unit"),
    UNKNOWN_CONCEPT("VDKG-E012", "unknown-concept"),
    UNKNOWN_KIND("VDKG-E013", "unknown-kind"),
    WRONG_ENTITY_TYPE("VDKG-E014", "wrong-entity-type"),
    BAD_SLUG("VDKG-E015", "bad-slug"),
    BAD_WIKIDATA("VDKG-E016", "bad-wikidata"),
    SHACL_VIOLATION("VDKG-E017", "shacl-violation"),
    UNKNOWN_SOURCE("VDKG-E018", "unknown-source"),
    UNKNOWN_CLAIM_REF("VDKG-E019", "unknown-claim-ref"),
    BAD_STRUCTURE("VDKG-E020", "bad-structure"),
    TOO_FEW_PARTIES("VDKG-E021", "too-few-parties"),
    BAD_RDF("VDKG-E022", "bad-rdf"),
    SELF_REFERENCE("VDKG-E023", "self-reference"),
    UNLINKED_CONTRADICTION("VDKG-E024", "unlinked-contradiction"),
    // Gazetteer rules: numbered from 30 so that rules added elsewhere meanwhile keep their numbers.
    UNKNOWN_GAZETTEER_RECORD("VDKG-E030", "unknown-gazetteer-record"),
    // Affiliation and outside-knowledge rules: numbered from 40 so that rules added elsewhere meanwhile keep theirs.
    AFFILIATION_CYCLE("VDKG-E040", "affiliation-cycle"),
    // Spreadsheet rules (vdkg import-csv): numbered from 50; a bad cell otherwise takes the rule of the same value in YAML.
    BAD_CSV("VDKG-E050", "bad-csv"),
    ENTITY_NEVER_USED("VDKG-W001", "entity-never-used"),
    VAGUE_TIME_WITHOUT_CONFIDENCE("VDKG-W002", "vague-time-without-confidence"),
    CLOSE_MATCH_WITHOUT_NOTE("VDKG-W003", "close-match-without-note"),
    WORK_NEVER_CITED("VDKG-W004", "work-never-cited"),
    SHACL_WARNING("VDKG-W005", "shacl-warning"),
    PARAGRAPH_COUNT_MISMATCH("VDKG-W006", "paragraph-count-mismatch"),
    PLACE_WITHOUT_GAZETTEER_DECISION("VDKG-W030", "place-without-gazetteer-decision"),
    GAZETTEER_NAME_MISMATCH("VDKG-W031", "gazetteer-name-mismatch"),
    UNMARKED_OUTSIDE_FACT("VDKG-W040", "unmarked-outside-fact"),
    BODY_WITHOUT_STATE("VDKG-W041", "body-without-state");

    private final String id;
    private final String label;

    Rule(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The short name, e.g. {@code unknown-entity}; fixtures are named after it. */
    public String label() {
        return label;
    }

    public Severity severity() {
        return id.startsWith("VDKG-W") ? Severity.WARNING : Severity.ERROR;
    }

    /** A problem of this rule at {@code at}. */
    public Problem problem(Position at, String message, String hint) {
        return new Problem(severity(), id, at.file(), at.line(), at.column(), message, hint);
    }
}
