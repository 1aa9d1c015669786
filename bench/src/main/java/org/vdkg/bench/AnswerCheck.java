package org.vdkg.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.vdkg.query.ExpectedAnswer;
import org.vdkg.query.ResultTable;

/**
 * Whether a server's answer to each query of the mix is the reference answer: parsed into a table (a SELECT's rows, a
 * CONSTRUCT's statements) and compared as {@code SavedQueriesTest} compares with {@code queries/expected/}. The verdict
 * of each distinct body (length and CRC32C) is kept, so that every answer of a load can be checked at the cost of a
 * checksum.
 */
final class AnswerCheck {

    private static final List<String> STATEMENT = List.of("subject", "predicate", "object");

    private final List<Query> queries;
    private final List<ExpectedAnswer> reference;
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

    /** @param reference per query, its reference answer (null: none yet; {@link #setReference}) */
    AnswerCheck(List<Query> queries, List<ExpectedAnswer> reference) {
        this.queries = List.copyOf(queries);
        this.reference = new ArrayList<>(reference);
    }

    /** The same queries and references, with no verdicts yet: one per server. */
    AnswerCheck fresh() {
        return new AnswerCheck(queries, reference);
    }

    int size() {
        return queries.size();
    }

    Query query(int i) {
        return queries.get(i);
    }

    boolean hasReference(int i) {
        return reference.get(i) != null;
    }

    /** Makes {@code body} (a server's answer) query {@code i}'s reference; a query with ORDER BY keeps its row order. */
    void setReference(int i, byte[] body) {
        ResultTable t = table(queries.get(i), body);
        reference.set(i, new ExpectedAnswer(queries.get(i).hasOrderBy(), t.columns(), t.rows()));
    }

    /** The media type each query's answer is asked in. */
    static String accept(Query q) {
        return q.isSelectType() || q.isAskType() ? "application/sparql-results+json" : "application/n-triples";
    }

    /** Why {@code body} is not query {@code i}'s reference answer; empty when it is (or when there is no reference). */
    Optional<String> mismatch(int i, byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        String key = i + ":" + body.length + ":" + crc.getValue();
        return verdicts.computeIfAbsent(key, k -> {
            ExpectedAnswer want = reference.get(i);
            if (want == null) {
                return Optional.empty();
            }
            try {
                return want.mismatch(table(queries.get(i), body));
            } catch (RuntimeException e) {
                return Optional.of("unreadable answer: " + e.getMessage());
            }
        });
    }

    /** The answer as {@code SavedQueriesTest} tabulates it. */
    static ResultTable table(Query q, byte[] body) {
        if (q.isSelectType()) {
            return ResultTable.of(ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.NTRIPLES).parse(m);
        List<List<String>> rows = new ArrayList<>();
        m.listStatements().forEachRemaining(st -> rows.add(List.of(ResultTable.lexical(st.getSubject()),
                st.getPredicate().getURI(), ResultTable.lexical(st.getObject()))));
        rows.sort(Comparator.comparing((List<String> r) -> String.join("\t", r)));
        return new ResultTable(STATEMENT, rows);
    }
}
