package org.vdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Writing result tables, and comparing them with expected answers. */
class ResultTableTest {

    private final ResultTable table = new ResultTable(List.of("name", "n"),
        List.of(List.of("a, \"b\"", "17000000"), List.of("", "2")));

    private String write(ResultFormat f) {
        StringWriter w = new StringWriter();
        table.write(f, w);
        return w.toString();
    }

    @Test
    void writesCsvTsvJsonAndTable() {
        assertEquals("name,n\r\n\"a, \"\"b\"\"\",17000000\r\n,2\r\n", write(ResultFormat.CSV));
        assertEquals("name\tn\na, \"b\"\t17000000\n\t2\n", write(ResultFormat.TSV));
        assertEquals("{\"columns\":[\"name\",\"n\"],\"rows\":[\n  {\"name\":\"a, \\\"b\\\"\",\"n\":\"17000000\"},\n"
            + "  {\"name\":\"\",\"n\":\"2\"}\n]}\n", write(ResultFormat.JSON));
        assertEquals("name   | n\n-------+---------\na, \"b\" | 17000000\n       | 2\n", write(ResultFormat.TABLE));
    }

    @Test
    void comparesNumbersNumericallyAndOrderOnlyWhenAsked() {
        ExpectedAnswer unordered = ExpectedAnswer.parse("name\tn\n\t2.0\na, \"b\"\t1.7E7\n");
        assertTrue(unordered.mismatch(table).isEmpty());
        ExpectedAnswer ordered = ExpectedAnswer.parse("# ordered\nname\tn\n\t2\na, \"b\"\t17000000\n");
        assertTrue(ordered.mismatch(table).isPresent());
        assertTrue(ExpectedAnswer.parse("name\tm\n").mismatch(table).orElseThrow().startsWith("columns differ"));
    }

    @Test
    void printsDecimalsInCanonicalFormAndOtherLiteralsAsStored() {
        var m = ModelFactory.createDefaultModel();
        assertEquals("24", ResultTable.lexical(m.createTypedLiteral("24.0", XSDDatatype.XSDdecimal)));
        assertEquals("0.5", ResultTable.lexical(m.createTypedLiteral("0.50", XSDDatatype.XSDdecimal)));
        assertEquals("24.0", ResultTable.lexical(m.createTypedLiteral("24.0", XSDDatatype.XSDstring)));
        assertEquals("1959", ResultTable.lexical(m.createTypedLiteral("1959", XSDDatatype.XSDgYear)));
    }
}
