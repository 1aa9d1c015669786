package org.vdkg.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Wikidata ids curators may link, with their verification status, read from the bundled copy of
 * {@code ../shared/reference/wikidata.tsv} ({@code wikidata-verified.tsv}).
 */
public final class WikidataTable {

    /** One row: the id, what it names and its status ({@code verified} or {@code single-source}). */
    public record Row(String qid, String entity, String status, String note) {
        public boolean verified() {
            return "verified".equals(status);
        }
    }

    private final Map<String, Row> rows;

    private WikidataTable(Map<String, Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    /** The bundled table. */
    public static WikidataTable bundled() {
        try (InputStream in = WikidataTable.class.getResourceAsStream("/wikidata-verified.tsv")) {
            if (in == null) {
                throw new IllegalStateException("wikidata-verified.tsv missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WikidataTable parse(BufferedReader r) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        String line;
        boolean header = true;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length >= 3) {
                rows.put(c[1].trim(), new Row(c[1].trim(), c[0].trim(), c[2].trim(), c.length > 3 ? c[3].trim() : ""));
            }
        }
        return new WikidataTable(rows);
    }

    public Optional<Row> row(String qid) {
        return Optional.ofNullable(rows.get(qid));
    }
}
