package org.vdkg.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in words for every EDTF form of docs/model.md, with and without narrowing bounds. */
class DateWordsTest {

    @ParameterizedTest(name = "{0} [{1} .. {2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        1959       | -          | -          | 1959
        1959       | 1959-01-01 | 1959-12-31 | 1959
        1959       | 1959-01-01 | 1959-06-30 | early 1959
        1955       | 1955-09-01 | 1955-12-31 | late 1955
        1955       | 1955-04-01 | 1955-08-31 | mid-1955
        1955       | 1955-03-01 | 1955-05-31 | March to May 1955
        1947-12    | -          | -          | December 1947
        1945-09-02 | -          | -          | 2 September 1945
        197X       | -          | -          | 1970s
        19XX       | -          | -          | 20th century
        1965/1975  | -          | -          | 1965 to 1975
        1970/1989  | 1975-01-01 | 1987-12-31 | late 1970s to mid-1980s
        1970/1989  | 1970-01-01 | 1989-12-31 | 1970 to 1989
        1950/..    | 1950-01-01 | -          | 1950 or later
        1950/      | -          | -          | 1950 or later
        ../1975    | -          | -          | up to 1975
        ../2022    | -          | 2022-06-20 | up to 20 June 2022
        ../1953    | -          | 1953-12-31 | up to 1953
        1939/1945  | 1939-09-01 | 1945-09-02 | September 1939 to 2 September 1945
        1951-03/1951-05 | -     | -          | March 1951 to May 1951
        -          | -          | -          | date not stated
        -          | 1953-01-01 | 1953-12-31 | 1953
        -          | -          | 1953-12-31 | up to 1953
        -          | 1960-01-01 | -          | 1960 or later
        nonsense   | -          | -          | date not stated
        1959/1960/1961 | -      | -          | date not stated
        1959-13    | -          | -          | date not stated
        """)
    void words(String edtf, String earliest, String latest, String expected) {
        assertEquals(expected, DateWords.of(edtf, date(earliest), date(latest)));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
