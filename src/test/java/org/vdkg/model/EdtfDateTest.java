package org.vdkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every EDTF form of docs/model.md, with the bounds it implies, and the forms that must be refused. */
class EdtfDateTest {

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(nullValues = "open", textBlock = """
        1953,       1953-01-01, 1953-12-31
        1947-12,    1947-12-01, 1947-12-31
        1956-02,    1956-02-01, 1956-02-29
        1955-02,    1955-02-01, 1955-02-28
        1945-09-02, 1945-09-02, 1945-09-02
        197X,       1970-01-01, 1979-12-31
        19XX,       1900-01-01, 1999-12-31
        1965/1975,  1965-01-01, 1975-12-31
        1947-12/1954-05-07, 1947-12-01, 1954-05-07
        196X/1975,  1960-01-01, 1975-12-31
        1959/..,    1959-01-01, open
        ../1975,    open,       1975-12-31
        1965/1965,  1965-01-01, 1965-12-31
        """)
    void derivesBounds(String edtf, String earliest, String latest) {
        EdtfDate d = EdtfDate.parse(edtf);
        assertEquals(edtf, d.edtf());
        assertEquals(earliest == null ? null : LocalDate.parse(earliest), d.earliest());
        assertEquals(latest == null ? null : LocalDate.parse(latest), d.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1955-02-30", "1955-13", "1955-00", "1955-04-31", "1957-02-29", "1955-1", "55",
        "1955/1950", "1955-06/1955-05", "../..", "1955/1956/1957", "", "late 1970s", "1955?", "[1977..1979]",
        "197x", "1XXX", "1955-12-1"})
    void refusesFormsOutsideTheSubsetAndImpossibleDates(String edtf) {
        assertThrows(EdtfDate.InvalidEdtf.class, () -> EdtfDate.parse(edtf));
    }

    @Test
    void explainsWhyAnIntervalIsRefused() {
        EdtfDate.InvalidEdtf e = assertThrows(EdtfDate.InvalidEdtf.class, () -> EdtfDate.parse("1975/1965"));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        e = assertThrows(EdtfDate.InvalidEdtf.class, () -> EdtfDate.parse("1955-02-30"));
        assertTrue(e.getMessage().contains("not a calendar date"), e.getMessage());
    }

    @Test
    void intervalsDecadesAndCenturiesAreVagueButDaysAreNot() {
        assertTrue(EdtfDate.parse("197X").isVague());
        assertTrue(EdtfDate.parse("19XX").isVague());
        assertTrue(EdtfDate.parse("1959/..").isVague());
        assertFalse(EdtfDate.parse("1945-09-02").isVague());
        assertFalse(EdtfDate.parse("1953").isVague());
        assertNull(EdtfDate.parse("../1975").earliest());
    }
}
