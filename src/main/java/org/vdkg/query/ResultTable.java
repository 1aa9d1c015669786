package org.vdkg.query;

import java.io.IOException;
import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The rows of a SELECT result as plain lexical strings (literal lexical forms, IRIs as written, empty for unbound),
 * writable as an aligned text table, CSV, TSV or JSON.
 *
 * @param columns the result variables, in the query's order
 * @param rows one list of cells per solution, in the result's order, each as long as {@code columns}
 */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Consumes {@code results} into a table. */
    public static ResultTable of(ResultSet results) {
        List<String> columns = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            List<String> row = new ArrayList<>(columns.size());
            for (String v : columns) {
                row.add(lexical(s.get(v)));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** The plain lexical form of a term: a literal's lexical form, an IRI, {@code _:label} for a blank node, "" if null. */
    public static String lexical(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            String lexical = node.asLiteral().getLexicalForm();
            if (XSDDatatype.XSDdecimal.getURI().equals(node.asLiteral().getDatatypeURI()) && lexical.matches("-?\\d+(\\.\\d+)?")) {
                // TDB2 returns decimals as "24.0"; print the XSD 1.1 canonical form ("24"), which readers expect.
                return new BigDecimal(lexical).stripTrailingZeros().toPlainString();
            }
            return lexical;
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return "_:" + node.asResource().getId().getLabelString();
    }

    /** Writes the table in {@code format}. */
    public void write(ResultFormat format, Writer out) {
        try {
            switch (format) {
                case TABLE -> writeTable(out);
                case CSV -> writeSeparated(out, ',');
                case TSV -> writeSeparated(out, '\t');
                case JSON -> writeJson(out);
                default -> throw new IllegalArgumentException(format.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTable(Writer out) throws IOException {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).codePointCount(0, columns.get(i).length());
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], oneLine(r.get(i)).codePointCount(0, oneLine(r.get(i)).length()));
            }
        }
        writeTableRow(out, columns, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.write(rule.toString().stripTrailing() + "\n");
        for (List<String> r : rows) {
            writeTableRow(out, r, width);
        }
    }

    private static void writeTableRow(Writer out, List<String> cells, int[] width) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = oneLine(cells.get(i));
            line.append(i == 0 ? "" : " | ").append(c)
                .append(" ".repeat(width[i] - c.codePointCount(0, c.length())));
        }
        out.write(line.toString().stripTrailing() + "\n");
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private void writeSeparated(Writer out, char sep) throws IOException {
        out.write(separatedLine(columns, sep));
        for (List<String> r : rows) {
            out.write(separatedLine(r, sep));
        }
    }

    private static String separatedLine(List<String> cells, char sep) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(sep);
            }
            String c = cells.get(i);
            if (sep == '\t') {
                line.append(c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
            } else if (c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                line.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                line.append(c);
            }
        }
        return line.append(sep == ',' ? "\r\n" : "\n").toString();
    }

    private void writeJson(Writer out) throws IOException {
        StringBuilder json = new StringBuilder("{\"columns\":[");
        for (int i = 0; i < columns.size(); i++) {
            json.append(i == 0 ? "" : ",").append(jsonString(columns.get(i)));
        }
        json.append("],\"rows\":[");
        for (int r = 0; r < rows.size(); r++) {
            json.append(r == 0 ? "\n  {" : ",\n  {");
            for (int i = 0; i < columns.size(); i++) {
                json.append(i == 0 ? "" : ",").append(jsonString(columns.get(i))).append(':')
                    .append(jsonString(rows.get(r).get(i)));
            }
            json.append('}');
        }
        json.append(rows.isEmpty() ? "]}\n" : "\n]}\n");
        out.write(json.toString());
    }

    /** A JSON string literal of {@code s}. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
