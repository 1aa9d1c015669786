package org.vdkg.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.Field;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.ValueType;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;
import org.vdkg.problem.UserException;
import org.vdkg.read.CurationReader;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.IriScheme;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YamlReader;

/**
 * {@code vdkg import-csv}: turns a sheet of one claim kind into claims of {@code data/claims/<source>.yaml}, each under
 * its paragraph's header, with stable ids. Every bad cell is reported as {@code FILE.csv:row:column}; the result is
 * validated by the real pipeline on a trial copy, its problems reported at the cells they come from; on any error
 * nothing is written.
 */
public final class SheetImport {

    /** A sheet larger than this is refused: a sheet of claims of one article is kilobytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** Where a line of the result came from: a cell (column 0: the row as a whole). */
    record CellAt(int row, int column) {
    }

    /** What was imported. */
    public record Result(String claimsFile, List<String> ids, List<Problem> warnings) {
    }

    private final ProjectLayout layout;
    private final String csvName;
    private final ClaimSheet sheet;
    private final SourceRecord source;
    private final Set<String> entities = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private SheetImport(ProjectLayout layout, String csvName, ClaimSheet sheet, SourceRecord source, Curation c) {
        this.layout = layout;
        this.csvName = csvName;
        this.sheet = sheet;
        this.source = source;
        c.entities().stream().map(EntityRecord::id).filter(java.util.Objects::nonNull).forEach(entities::add);
    }

    /**
     * Imports {@code csv} (shown as {@code csvName} in problems) as claims of kind {@code kind} of source {@code sourceId}.
     *
     * @throws ChangeRefused with every problem when a cell or the result is wrong; nothing is written then
     */
    public static Result run(ProjectLayout layout, String kind, Path csv, String csvName, String sourceId,
                             Optional<Path> texts, String base) {
        ClaimKind k = SheetExport.kind(kind);
        List<Problem> reading = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), reading);
        SourceRecord s = c.sources().stream().filter(x -> sourceId.equals(x.id())).findFirst()
            .orElseThrow(() -> new UserException("no source '" + sourceId + "' in data/sources.yaml; add it with vdkg new-source"));
        SheetImport in = new SheetImport(layout, csvName, new ClaimSheet(k), s, c);
        return in.importRows(read(csv, csvName), c, texts, base);
    }

    /**
     * The claims of a sheet's text as plain values, in row order, without validating or writing them (the round-trip
     * test compares them with the claims exported).
     *
     * @throws ChangeRefused when a cell is wrong
     */
    static List<Map<String, Object>> claims(ProjectLayout layout, String kind, String csvText, String sourceId) {
        List<Problem> reading = new ArrayList<>();
        Curation c = CurationReader.read(layout.root(), reading);
        SourceRecord s = c.sources().stream().filter(x -> sourceId.equals(x.id())).findFirst().orElseThrow();
        SheetImport in = new SheetImport(layout, "sheet.csv", new ClaimSheet(SheetExport.kind(kind)), s, c);
        List<RowClaim> rows = in.rows(csvText, new HashSet<>());
        if (in.problems.stream().anyMatch(Problem::isError)) {
            throw new ChangeRefused(in.problems);
        }
        return rows.stream().map(RowClaim::values).toList();
    }

    private Result importRows(String text, Curation c, Optional<Path> texts, String base) {
        String rel = "data/claims/" + source.id() + ".yaml";
        Path file = layout.root().resolve(rel);
        Set<String> ids = new HashSet<>();
        c.claimsFiles().stream().filter(f -> f.file().equals(rel)).map(ClaimsFile::claims).flatMap(List::stream)
            .map(r -> r.id()).filter(java.util.Objects::nonNull).forEach(ids::add);
        String before = Files.isRegularFile(file) ? NewSource.readProjectFile(file)
            : ClaimsFileEdit.empty(source.id());
        ClaimsFileEdit<CellAt> edit = new ClaimsFileEdit<>(before);
        List<String> added = new ArrayList<>();
        for (RowClaim claim : rows(text, ids)) {
            Map<String, Object> m = claim.values();
            List<CellAt> origins = new ArrayList<>();
            for (String key : m.keySet()) {
                origins.add(new CellAt(claim.row(), claim.columns().getOrDefault(key, 0)));
            }
            edit.insert(YamlText.claimLines(m), origins, firstParagraph(m));
            added.add((String) m.get("id"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ChangeRefused(problems);
        }
        ProjectChange change = new ProjectChange(layout, texts).put(rel, edit.text());
        List<Problem> checked = new ArrayList<>();
        for (Problem p : change.validate(base)) {
            CellAt at = p.file().equals(rel) ? edit.origin(p.line()) : null;
            checked.add(at == null ? p : new Problem(p.severity(), p.id(), csvName, at.row(), at.column(), p.message(), p.hint()));
        }
        if (checked.stream().anyMatch(Problem::isError)) {
            throw new ChangeRefused(checked);
        }
        change.write();
        return new Result(rel, added, checked);
    }

    /** The claims of the sheet's rows; bad cells and rows are added to {@link #problems} and left out. */
    private List<RowClaim> rows(String text, Set<String> ids) {
        List<RowClaim> out = new ArrayList<>();
        Iterator<CSVRecord> records;
        try {
            records = FORMAT.parse(new StringReader(text)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> header = null;
        long row = 0;
        while (true) {
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    break;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                add(Rule.BAD_CSV, (int) row + 1, 0, "the CSV cannot be read past row " + row + ": " + message(e),
                    "close every quoted cell with '\"' and write a quote inside a cell as '\"\"'");
                break;
            }
            row = r.getRecordNumber();
            if (header == null) {
                header = header(r);
                if (header == null) {
                    break;
                }
                continue;
            }
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != header.size()) {
                add(Rule.BAD_CSV, (int) row, Math.min(r.size(), header.size()) + 1, "row " + row + " has " + r.size()
                    + " cells but the header has " + header.size(), "give every row one cell per column (empty cells too)");
                continue;
            }
            claim(r, (int) row, header, ids).ifPresent(out::add);
        }
        if (header == null && problems.isEmpty()) {
            add(Rule.BAD_CSV, 1, 0, "the sheet is empty", "start from 'vdkg export-csv " + sheet.kind().kind() + "'");
        }
        return out;
    }

    private static String message(RuntimeException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The header's columns by key (1-based), or null after reporting why it cannot be used. */
    private Map<String, Integer> header(CSVRecord r) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String key = r.get(i).strip();
            int col = i + 1;
            if (key.isEmpty()) {
                add(Rule.BAD_CSV, 1, col, "column " + col + " has no name", "name every column as the template does");
            } else if (cols.containsKey(key)) {
                add(Rule.BAD_CSV, 1, col, "column '" + key + "' is there twice", "keep one column per key");
            } else if (sheet.column(key).isEmpty()) {
                add(Rule.UNKNOWN_KEY, 1, col, "column '" + key + "' is no key of a " + sheet.kind().kind() + " claim",
                    Suggest.closest(key, sheet.header()).map(s -> "did you mean '" + s + "'?")
                        .orElse("the columns are " + String.join(", ", sheet.header())));
            }
            cols.put(key, col);
        }
        if (!cols.containsKey("paragraph")) {
            add(Rule.BAD_CSV, 1, 0, "the sheet has no 'paragraph' column", "every claim cites a paragraph: start from"
                + " 'vdkg export-csv " + sheet.kind().kind() + "'");
        }
        return problems.isEmpty() ? cols : null;
    }

    /** A claim read from one row: its keys in template order and the column of each. */
    private record RowClaim(Map<String, Object> values, Map<String, Integer> columns, int row) {
    }

    private Optional<RowClaim> claim(CSVRecord r, int row, Map<String, Integer> header, Set<String> ids) {
        int errors = errorCount();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        values.put("id", null);
        values.put("kind", sheet.kind().kind());
        for (ClaimSheet.Column c : sheet.columns()) {
            Integer col = header.get(c.key());
            if (col == null) {
                continue;
            }
            cell(c, r.get(col - 1), row, col).ifPresent(v -> {
                values.put(c.key(), v);
                columns.put(c.key(), col);
            });
        }
        int pcol = header.get("paragraph");
        if (!values.containsKey("paragraph")) {
            add(Rule.MISSING_FIELD, row, pcol, "no paragraph", "write the number of the paragraph that states the claim");
        } else {
            for (String p : strings(values.get("paragraph"))) {
                Optional<Integer> n = org.vdkg.yaml.Values.integer(p);
                if (n.isPresent() && !source.isContent(n.get())) {
                    add(Rule.PARAGRAPH_OUT_OF_RANGE, row, pcol, "paragraph " + p + " is not a content paragraph of '"
                        + source.id() + "' (1.." + source.paragraphs() + ", non_content " + source.nonContent().keySet() + ")",
                        "cite the content paragraph that states the fact");
                }
            }
        }
        if (values.containsKey("footnote")) {
            for (String f : strings(values.get("footnote"))) {
                if (org.vdkg.yaml.Values.integer(f).filter(source.footnotes()::containsKey).isEmpty()) {
                    add(Rule.UNKNOWN_FOOTNOTE, row, header.get("footnote"), "footnote " + f + " is not in the footnotes of '"
                        + source.id() + "'", source.footnotes().isEmpty() ? "leave the cell empty, or add the footnote to sources.yaml"
                        : "cite one of " + source.footnotes().keySet());
                }
            }
        }
        Object given = values.get("id");
        String id;
        if (header.containsKey("id") && columns.containsKey("id")) {
            id = String.valueOf(given);
            int col = header.get("id");
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                add(Rule.BAD_SLUG, row, col, "claim id '" + id + "' is not a slug", "write e.g. " + Slugs.of(id, "claim")
                    + ", or leave the cell empty for an id made from kind, parties and paragraph");
            } else if (!ids.add(id)) {
                add(Rule.DUPLICATE_ID, row, col, "claim id '" + id + "' is already used in the claims file or the sheet",
                    "choose another id, or leave the cell empty");
            }
        } else {
            id = stableId(values, ids);
            ids.add(id);
        }
        values.put("id", id);
        return errorCount() > errors ? Optional.empty() : Optional.of(new RowClaim(values, columns, row));
    }

    /**
     * The id of a claim whose row gives none: kind, the first two entities of its roles and its first paragraph
     * ({@code aid-soviet-union-ministry-of-public-security-p21}); {@code -2}, {@code -3}... when taken. The same row
     * gets the same id in the same file.
     */
    private String stableId(Map<String, Object> values, Set<String> taken) {
        List<String> parties = new ArrayList<>();
        for (Field f : sheet.kind().fields()) {
            if (f.type() == ValueType.ENTITY || f.type() == ValueType.ENTITIES) {
                for (String s : strings(values.get(f.key()))) {
                    if (parties.size() < 2 && !parties.contains(s)) {
                        parties.add(s.length() > 40 ? s.substring(0, 40).replaceAll("-[^-]*$", "") : s);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(sheet.kind().kind());
        parties.forEach(p -> sb.append('-').append(p));
        sb.append("-p").append(firstParagraph(values));
        String id = sb.toString();
        for (int n = 2; taken.contains(id); n++) {
            id = sb + "-" + n;
        }
        return id;
    }

    private static int firstParagraph(Map<String, Object> values) {
        List<String> ps = strings(values.get("paragraph"));
        return ps.isEmpty() ? 0 : org.vdkg.yaml.Values.integer(ps.get(0)).orElse(0);
    }

    private static List<String> strings(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return v instanceof String s ? List.of(s) : List.of();
    }

    /** The value of one cell, or empty when blank or wrong (then a problem is added). */
    private Optional<Object> cell(ClaimSheet.Column c, String raw, int row, int col) {
        String v = raw.strip();
        // Export prefixes a cell that a spreadsheet would run as a formula with "'"; reading takes it off again.
        if (v.matches("(?s)'[=+\\-@].*")) {
            v = v.substring(1);
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        switch (c.cell()) {
            case SCALAR:
                return Optional.of(v);
            case ENTITY:
                return entity(v, row, col).map(Object.class::cast);
            case ENTITIES:
            case LIST:
            case NUMBERS: {
                List<String> items;
                if (v.startsWith("[")) {
                    Optional<Object> flow = flow(v, row, col);
                    if (flow.isEmpty()) {
                        return Optional.empty();
                    }
                    if (!(flow.get() instanceof List<?> l) || !l.stream().allMatch(String.class::isInstance)) {
                        add(Rule.BAD_STRUCTURE, row, col, "'" + c.key() + "' must be a list of values", "write a; b or [\"a\", \"b\"]");
                        return Optional.empty();
                    }
                    items = strings(flow.get());
                } else {
                    items = new ArrayList<>();
                    for (String s : v.split(";")) {
                        if (!s.isBlank()) {
                            items.add(s.strip());
                        }
                    }
                }
                List<Object> out = new ArrayList<>();
                for (String s : items) {
                    if (c.cell() == ClaimSheet.Cell.ENTITIES) {
                        entity(s, row, col).ifPresent(out::add);
                    } else if (c.cell() == ClaimSheet.Cell.NUMBERS && org.vdkg.yaml.Values.integer(s).filter(i -> i >= 1).isEmpty()) {
                        add(Rule.BAD_STRUCTURE, row, col, "'" + s + "' in '" + c.key() + "' is not a whole number >= 1",
                            "write the number as the article numbers it, e.g. 21, or 21; 22 for several");
                    } else {
                        out.add(s);
                    }
                }
                if (out.size() != items.size()) {
                    return Optional.empty();
                }
                boolean single = out.size() == 1 && (c.cell() == ClaimSheet.Cell.NUMBERS || c.key().equals("place"));
                return Optional.of(single ? out.get(0) : out);
            }
            case QUANTITY:
                if (v.matches("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?")) {
                    return Optional.of(new LinkedHashMap<>(Map.of("quantity", v.replace(",", ""))));
                }
                if (!v.startsWith("{")) {
                    add(Rule.BAD_QUANTITY, row, col, "'" + v + "' is not a quantity", "write a number (2380) or a map such as"
                        + " {quantity_min: 1000, quantity_text: \"thousands\"}");
                    return Optional.empty();
                }
                return flow(v, row, col);
            case STRUCTURED:
                if (!v.startsWith("{") && !v.startsWith("[")) {
                    add(Rule.BAD_STRUCTURE, row, col, "'" + c.key() + "' needs a YAML flow value, not '" + abbreviate(v) + "'",
                        "write it as data/README.md shows, in one cell: e.g. [{item: walkie-talkie, quantity: 85, unit: item}]");
                    return Optional.empty();
                }
                return flow(v, row, col);
            default:
                return v.startsWith("{") || v.startsWith("[") ? flow(v, row, col) : Optional.of(v);
        }
    }

    /** A cell's YAML flow value as plain values; YAML problems are reported at the cell. */
    private Optional<Object> flow(String v, int row, int col) {
        List<Problem> yaml = new ArrayList<>();
        Optional<YNode> n = YamlReader.readString(v, csvName, yaml);
        for (Problem p : yaml) {
            problems.add(new Problem(p.severity(), p.id(), csvName, row, col, "in the cell: " + p.message(), p.hint()));
        }
        if (!yaml.isEmpty() || n.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(YamlText.plain(n.get()));
    }

    /** An entity id from a slug, a reconciliation id ({@code org/slug}) or an entity IRI of any base. */
    private Optional<String> entity(String ref, int row, int col) {
        String slug = IriScheme.entityIri(ref).map(IriScheme.EntityIri::slug).orElse(ref);
        int slash = slug.indexOf('/');
        if (slash > 0 && EntityTypes.iriKinds().contains(slug.substring(0, slash))) {
            slug = slug.substring(slash + 1);
        }
        if (entities.contains(slug)) {
            return Optional.of(slug);
        }
        add(Rule.UNKNOWN_ENTITY, row, col, "'" + abbreviate(ref) + "' is no entity of data/entities",
            Suggest.closest(Slugs.of(slug, slug), entities).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "reconcile the column against vdkg's /reconcile and export the matched ids, or add the entity");
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    private void add(Rule rule, int row, int col, String message, String hint) {
        problems.add(new Problem(rule.severity(), rule.id(), csvName, row, col, message, hint));
    }

    private int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** The sheet as text: UTF-8 (a byte-order mark dropped), within {@link #MAX_BYTES}. */
    private static String read(Path csv, String name) {
        try {
            if (!Files.isRegularFile(csv)) {
                throw new UserException("no sheet " + name + "; give the path of a CSV file");
            }
            if (Files.size(csv) > MAX_BYTES) {
                throw new UserException(name + " is over " + MAX_BYTES + " bytes: split the sheet");
            }
            String s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(csv))).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new UserException(name + ":1: error " + Rule.BAD_CSV.id() + " the sheet is not UTF-8 text (fix: save it"
                + " as \"CSV UTF-8\")", e);
        } catch (IOException e) {
            throw new UserException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
