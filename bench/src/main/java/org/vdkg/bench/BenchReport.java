package org.vdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The measurements of one bench run: a table for people, CSV and JSON for tools. */
public final class BenchReport {

    /**
     * One measurement of vdkg and of the reference (stock Fuseki server or TDB2 bulk loader) in the same run.
     *
     * @param n corpus size, in copies of the curated data
     * @param metric what is measured
     * @param unit its unit
     * @param vdkg vdkg's value
     * @param reference the reference's value (NaN when there is none)
     * @param against what the reference is
     */
    public record Row(int n, String metric, String unit, double vdkg, double reference, String against) {
        /** vdkg ÷ reference. */
        public double ratio() {
            return Double.isNaN(reference) || reference == 0 ? Double.NaN : vdkg / reference;
        }
    }

    /**
     * One query on one server at one N.
     *
     * @param n corpus size
     * @param query the saved query's id
     * @param server which server
     * @param coldMs its first run on the fresh server
     * @param check "right", or why the answer was wrong (then its load figures are empty: wrong answers do not count)
     * @param medianMs median latency of its right answers under load
     * @param p99Ms their 99th percentile
     * @param answered how many right answers it had under load
     */
    public record QueryRow(int n, String query, String server, double coldMs, String check, double medianMs, double p99Ms,
            long answered) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<QueryRow> queryRows = new ArrayList<>();
    private final Map<String, String> about;

    BenchReport(Map<String, String> about) {
        this.about = about;
    }

    void add(int n, String metric, String unit, double vdkg, double reference, String against) {
        rows.add(new Row(n, metric, unit, vdkg, reference, against));
    }

    void addQuery(QueryRow r) {
        queryRows.add(r);
    }

    public List<QueryRow> queryRows() {
        return List.copyOf(queryRows);
    }

    /** Per N and query: each server's check, cold ms and warm median and p99 (ms), one line per query. */
    public String queryTable() {
        StringBuilder sb = new StringBuilder();
        List<String> servers = queryRows.stream().map(QueryRow::server).distinct().toList();
        int n = -1;
        String query = null;
        for (QueryRow r : queryRows) {
            if (r.n() != n) {
                n = r.n();
                sb.append(String.format(Locale.ROOT, "%n# N=%d: per server, check / cold ms / warm median ms / warm p99 ms%n", n));
                sb.append(String.format(Locale.ROOT, "%-40s", "query"));
                for (String s : servers) {
                    sb.append(String.format(Locale.ROOT, " | %-30s", s));
                }
                sb.append('\n');
                query = null;
            }
            if (!r.query().equals(query)) {
                if (query != null) {
                    sb.append('\n');
                }
                query = r.query();
                sb.append(String.format(Locale.ROOT, "%-40s", query));
            }
            sb.append(String.format(Locale.ROOT, " | %-5s %7s %7s %7s", r.check().equals("right") ? "ok" : "WRONG",
                    num(r.coldMs()), num(r.medianMs()), num(r.p99Ms())));
        }
        if (query != null) {
            sb.append('\n');
        }
        List<QueryRow> wrong = queryRows.stream().filter(r -> !r.check().equals("right")).toList();
        if (!wrong.isEmpty()) {
            sb.append("\n# wrong answers (not counted)\n");
            for (QueryRow r : wrong) {
                String why = r.check().length() > 300 ? r.check().substring(0, 300) + " ..." : r.check();
                sb.append(String.format(Locale.ROOT, "N=%d %s on %s: %s%n", r.n(), r.query(), r.server(), why));
            }
        }
        return sb.toString();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** A fixed-width table, one line per measurement. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        about.forEach((k, v) -> sb.append("# ").append(k).append(": ").append(v).append('\n'));
        sb.append(String.format(Locale.ROOT, "%6s  %-34s %-9s %12s %12s  %-22s %7s%n", "N", "metric", "unit", "vdkg", "reference",
                "reference is", "ratio"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%6d  %-34s %-9s %12s %12s  %-22s %7s%n", r.n(), r.metric(), r.unit(),
                    num(r.vdkg()), num(r.reference()), Double.isNaN(r.reference()) ? "" : r.against(), num2(r.ratio())));
        }
        return sb.toString();
    }

    /** Writes {@code bench.csv}, {@code bench.json}, {@code bench-queries.csv} and {@code bench.txt} (both tables) into {@code dir}. */
    public void write(Path dir) {
        StringBuilder csv = new StringBuilder("n,metric,unit,vdkg,reference,reference_is,ratio\n");
        StringBuilder json = new StringBuilder("{\n  \"about\": {");
        String sep = "";
        for (Map.Entry<String, String> e : about.entrySet()) {
            json.append(sep).append("\n    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            sep = ",";
        }
        json.append("\n  },\n  \"rows\": [");
        sep = "";
        for (Row r : rows) {
            csv.append(r.n()).append(',').append(csvText(r.metric())).append(',').append(csvText(r.unit())).append(',')
                    .append(plain(r.vdkg())).append(',').append(plain(r.reference())).append(',').append(csvText(r.against()))
                    .append(',').append(plain(r.ratio())).append('\n');
            json.append(sep).append("\n    {\"n\": ").append(r.n()).append(", \"metric\": ").append(quote(r.metric()))
                    .append(", \"unit\": ").append(quote(r.unit())).append(", \"vdkg\": ").append(jsonNum(r.vdkg()))
                    .append(", \"reference\": ").append(jsonNum(r.reference())).append(", \"reference_is\": ")
                    .append(quote(r.against())).append(", \"ratio\": ").append(jsonNum(r.ratio())).append('}');
            sep = ",";
        }
        json.append("\n  ]\n}\n");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("bench.csv"), csv);
            Files.writeString(dir.resolve("bench.json"), json);
            Files.writeString(dir.resolve("bench.txt"), table() + queryTable());
            StringBuilder q = new StringBuilder("n,query,server,check,cold_ms,warm_median_ms,warm_p99_ms,answered\n");
            for (QueryRow r : queryRows) {
                q.append(r.n()).append(',').append(csvText(r.query())).append(',').append(csvText(r.server())).append(',')
                        .append(csvText(r.check().replace('\n', ' '))).append(',').append(plain(r.coldMs())).append(',')
                        .append(plain(r.medianMs())).append(',').append(plain(r.p99Ms())).append(',').append(r.answered())
                        .append('\n');
            }
            Files.writeString(dir.resolve("bench-queries.csv"), q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String num2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String plain(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String jsonNum(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
