package org.vdkg.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.Curation;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.WorkRecord;
import org.vdkg.problem.Position;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** Rules over {@code data/sources.yaml}: source articles, their footnote tables and cited works. */
final class SourceRules {

    static final Set<String> SOURCE_KEYS = Set.of("id", "file", "title", "title_supplied", "author", "publisher",
        "published", "published_after", "language", "paragraphs", "non_content", "history", "footnotes", "note");
    static final Set<String> WORK_KEYS = Set.of("id", "title", "creator", "entity", "volume", "publisher", "place",
        "year", "note");
    static final Set<String> FOOTNOTE_KEYS = Set.of("paragraph", "work", "pages");
    static final Set<String> HISTORY_KEYS = Set.of("received", "revised", "approved");

    private final Checks checks;

    SourceRules(Checks checks) {
        this.checks = checks;
    }

    void check(Curation c) {
        Map<String, Position> ids = new HashMap<>();
        Set<String> workIds = new HashSet<>();
        for (WorkRecord w : c.works()) {
            YMap m = w.node();
            checks.keys(m, WORK_KEYS, "in a work");
            if (id(m, "work", ids)) {
                workIds.add(w.id());
            }
            m.get("year").flatMap(n -> checks.scalar(n, "year")).filter(s -> !s.value().matches("\\d{4}"))
                .ifPresent(s -> checks.add(Rule.BAD_DATE, s.pos(), "year '" + s.value() + "' is not a four-digit year",
                    "write the year as printed, e.g. 2011"));
            m.get("entity").flatMap(n -> checks.scalar(n, "entity")).ifPresent(s -> checks.entity(s, "entity", null));
            required(m, "title", "a work");
        }
        Set<String> cited = new HashSet<>();
        for (SourceRecord s : c.sources()) {
            YMap m = s.node();
            checks.keys(m, SOURCE_KEYS, "in a source");
            id(m, "source", ids);
            required(m, "file", "a source");
            required(m, "language", "a source");
            required(m, "title", "a source");
            Optional<YNode> p = m.get("paragraphs");
            if (p.isEmpty()) {
                checks.add(Rule.MISSING_FIELD, m.pos(), "source '" + s.id() + "' has no 'paragraphs:' count",
                    "count the paragraphs under the numbering rule of ../shared/sources/README.md");
            } else if (s.paragraphs() < 1) {
                checks.add(Rule.BAD_STRUCTURE, p.get().pos(), "'paragraphs' must be a whole number >= 1",
                    "write the paragraph count, e.g. paragraphs: 51");
            }
            m.get("title_supplied").flatMap(n -> checks.scalar(n, "title_supplied"))
                .filter(v -> !v.value().equals("true") && !v.value().equals("false"))
                .ifPresent(v -> checks.add(Rule.BAD_STRUCTURE, v.pos(), "title_supplied must be true or false",
                    "write title_supplied: true when the title is your descriptive one"));
            m.get("published").flatMap(n -> checks.scalar(n, "published")).filter(v -> !"unknown".equals(v.value()))
                .ifPresent(v -> date(v, "published"));
            m.get("published_after").flatMap(n -> checks.scalar(n, "published_after"))
                .filter(v -> !v.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                .ifPresent(v -> checks.add(Rule.BAD_DATE, v.pos(), "published_after '" + v.value() + "' is not a year",
                    "write a year, e.g. published_after: 2022"));
            m.get("history").flatMap(n -> checks.map(n, "history")).ifPresent(h -> {
                checks.keys(h, HISTORY_KEYS, "in history");
                for (String k : HISTORY_KEYS) {
                    h.get(k).flatMap(n -> checks.scalar(n, k)).ifPresent(v -> date(v, k));
                }
            });
            m.get("non_content").ifPresent(n -> {
                if (n instanceof YMap nc) {
                    nc.entries().values().forEach(e -> paragraphKey(s, e.key(), e.keyPos(), "non_content"));
                } else {
                    checks.add(Rule.BAD_STRUCTURE, n.pos(), "'non_content' must be a map paragraph -> reason",
                        "write non_content: {1: page header, 4: photo caption}");
                }
            });
            m.get("footnotes").ifPresent(n -> {
                if (!(n instanceof YMap fm)) {
                    checks.add(Rule.BAD_STRUCTURE, n.pos(), "'footnotes' must be a map number -> {paragraph, work, pages}",
                        "write footnotes: {1: {paragraph: 43, work: some-work, pages: \"256\"}}");
                    return;
                }
                for (YMap.Entry e : fm.entries().values()) {
                    if (Values.integer(e.key()).filter(i -> i >= 1).isEmpty()) {
                        checks.add(Rule.BAD_STRUCTURE, e.keyPos(), "footnote number '" + e.key() + "' is not a number >= 1",
                            "number footnotes as the article does: 1, 2, ...");
                    }
                    checks.map(e.value(), "footnote " + e.key()).ifPresent(f -> {
                        checks.keys(f, FOOTNOTE_KEYS, "in footnote " + e.key());
                        f.get("paragraph").flatMap(x -> checks.scalar(x, "paragraph"))
                            .ifPresent(x -> paragraphKey(s, x.value(), x.pos(), "footnote " + e.key()));
                        Optional<YScalar> work = f.get("work").flatMap(x -> checks.scalar(x, "work"));
                        if (work.isEmpty()) {
                            checks.add(Rule.MISSING_FIELD, f.pos(), "footnote " + e.key() + " names no work",
                                "add work: <id of an entry of works:>");
                        }
                        work.ifPresent(x -> {
                            cited.add(x.value());
                            if (!workIds.contains(x.value())) {
                                checks.add(Rule.UNKNOWN_SOURCE, x.pos(), "footnote " + e.key() + " cites unknown work '"
                                    + x.value() + "'", Suggest.closest(x.value(), workIds)
                                    .map(w -> "did you mean '" + w + "'?").orElse("add the work to 'works:'"));
                            }
                        });
                    });
                }
            });
        }
        for (WorkRecord w : c.works()) {
            if (w.id() != null && !cited.contains(w.id())) {
                checks.add(Rule.WORK_NEVER_CITED, w.pos(), "work '" + w.id() + "' is cited by no footnote",
                    "remove it, or add the footnote that cites it");
            }
        }
    }

    private void required(YMap m, String key, String what) {
        if (m.get(key).isEmpty()) {
            checks.add(Rule.MISSING_FIELD, m.pos(), what + " without '" + key + ":'",
                "add " + key + ": (write 'unknown' if the article does not state it)");
        }
    }

    private boolean id(YMap m, String what, Map<String, Position> ids) {
        Optional<YScalar> id = m.get("id").flatMap(n -> checks.scalar(n, "id"));
        if (id.isEmpty()) {
            checks.add(Rule.MISSING_FIELD, m.pos(), "a " + what + " without 'id:'", "add id: <slug>");
            return false;
        }
        checks.slug(id.get().value(), id.get().pos(), what + " id");
        Position first = ids.putIfAbsent(id.get().value(), id.get().pos());
        if (first != null) {
            checks.add(Rule.DUPLICATE_ID, id.get().pos(), "id '" + id.get().value() + "' is already used at line "
                + first.line(), "sources and works share one id space: choose another slug");
            return false;
        }
        return true;
    }

    private void date(YScalar v, String key) {
        try {
            if (!v.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("", v.value(), 0);
            }
            LocalDate.parse(v.value());
        } catch (DateTimeParseException e) {
            checks.add(Rule.BAD_DATE, v.pos(), key + " '" + v.value() + "' is not a calendar date YYYY-MM-DD",
                "write a valid day, e.g. 2022-03-04, or 'unknown'");
        }
    }

    private void paragraphKey(SourceRecord s, String key, Position at, String where) {
        Optional<Integer> n = Values.integer(key);
        if (n.isEmpty() || n.get() < 1 || (s.paragraphs() > 0 && n.get() > s.paragraphs())) {
            checks.add(Rule.PARAGRAPH_OUT_OF_RANGE, at, "paragraph '" + key + "' in " + where + " is outside 1.."
                + s.paragraphs(), "count paragraphs as in ../shared/sources/README.md");
        }
    }

}
