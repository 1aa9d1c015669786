package org.vdkg.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.Field;
import org.vdkg.model.ValueType;
import org.vdkg.yaml.YMap;

/**
 * The spreadsheet template of one claim kind: one column per key (the claim's id, its paragraph and footnote, the
 * kind's own keys, then the other common keys), and how a cell holds each value. Entity columns hold entity ids,
 * reconciliation ids ({@code org/soviet-union}) or entity IRIs; lists are written {@code a; b}; structured values
 * (quantities, items, participants, a time with bounds) as YAML flow values ({@code {quantity: 125}}).
 */
final class ClaimSheet {

    /** How a column's cells are read and written. */
    enum Cell {
        /** One entity. */
        ENTITY,
        /** Entities, {@code a; b}. */
        ENTITIES,
        /** One value written as is: text, a concept, a claim id, an EDTF date. */
        SCALAR,
        /** Values {@code a; b}, or a flow list when one holds a semicolon. */
        LIST,
        /** Whole numbers {@code 21} or {@code 21; 22}. */
        NUMBERS,
        /** A YAML flow value; a bare number means {@code {quantity: N}}. */
        QUANTITY,
        /** A YAML flow map or list. */
        STRUCTURED,
        /** A scalar, or a flow map or list when it starts with '{' or '['. */
        ANY
    }

    /** One column: its key and how its cells read. */
    record Column(String key, Cell cell) {
    }

    private static final Map<String, Cell> COMMON = Map.of("id", Cell.SCALAR, "paragraph", Cell.NUMBERS,
        "footnote", Cell.NUMBERS, "time", Cell.ANY, "place", Cell.ENTITIES, "confidence", Cell.SCALAR, "note", Cell.SCALAR,
        "ambiguity", Cell.SCALAR, "alternative_of", Cell.SCALAR, "occasion", Cell.SCALAR);

    private final ClaimKind kind;
    private final List<Column> columns;

    ClaimSheet(ClaimKind kind) {
        this.kind = kind;
        List<Column> cs = new ArrayList<>();
        cs.add(new Column("id", Cell.SCALAR));
        cs.add(new Column("paragraph", Cell.NUMBERS));
        cs.add(new Column("footnote", Cell.NUMBERS));
        for (Field f : kind.fields()) {
            cs.add(new Column(f.key(), cell(f.type())));
        }
        for (String k : ClaimRecord.COMMON_KEYS) {
            if (!List.of("id", "kind", "paragraph", "footnote").contains(k)) {
                cs.add(new Column(k, COMMON.getOrDefault(k, Cell.ANY)));
            }
        }
        columns = List.copyOf(cs);
    }

    private static Cell cell(ValueType t) {
        return switch (t) {
            case ENTITY -> Cell.ENTITY;
            case ENTITIES, DESTINATIONS -> Cell.ENTITIES;
            case TEXT, CONCEPT, UNIT, CLAIM -> Cell.SCALAR;
            case TEXTS, CONCEPTS, CLAIMS -> Cell.LIST;
            case QUANTITY -> Cell.QUANTITY;
            case VALUE, ITEMS, PARTICIPANTS, MILESTONES, POINTS, POLICY_ITEMS -> Cell.STRUCTURED;
        };
    }

    ClaimKind kind() {
        return kind;
    }

    List<Column> columns() {
        return columns;
    }

    Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    List<String> header() {
        return columns.stream().map(Column::key).toList();
    }

    /** The row of one claim: each column's value as its cell holds it, "" where the claim has none. */
    List<String> row(Map<String, Object> claim) {
        List<String> row = new ArrayList<>();
        for (Column c : columns) {
            Object v = claim.get(c.key());
            row.add(v == null ? "" : cellText(c, v));
        }
        return row;
    }

    private static String cellText(Column c, Object v) {
        return switch (c.cell()) {
            case SCALAR, ENTITY -> v instanceof String s ? s : YamlText.flow(c.key(), v);
            case ENTITIES, LIST, NUMBERS -> {
                List<?> l = v instanceof List<?> x ? x : List.of(v);
                boolean plain = l.stream().allMatch(i -> i instanceof String s && !s.isBlank() && !s.contains(";")
                    && !s.startsWith("[") && s.equals(s.strip()));
                yield plain ? String.join("; ", l.stream().map(String::valueOf).toList()) : YamlText.flow(c.key(), l);
            }
            case QUANTITY, STRUCTURED -> YamlText.flow(c.key(), v);
            case ANY -> v instanceof String s && !s.startsWith("[") && !s.startsWith("{") ? s : YamlText.flow(c.key(), v);
        };
    }

    /** A claim's map as plain values, for {@link #row}. */
    static Map<String, Object> plain(YMap c) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) YamlText.plain(c);
        return new LinkedHashMap<>(m);
    }
}
