package org.vdkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Query words fold exactly like the index's analyzer: case, diacritics, đ, combining accents, Chinese characters. */
class SearchTermsTest {

    @Test
    void vietnameseFoldsToPlainLettersIncludingDWithStroke() {
        assertEquals(List.of("dam", "quang", "trung"), SearchTerms.words("Đàm Quang Trung"));
        assertEquals(List.of("vo", "nguyen", "giap"), SearchTerms.words("VÕ NGUYÊN GIÁP"));
        assertEquals(List.of("bo", "cong", "an"), SearchTerms.words("Bộ Công an"));
    }

    @Test
    void combiningAccentsFoldLikePrecomposedLetters() {
        assertEquals(SearchTerms.words("Võ"), SearchTerms.words("Vo\u0303"));
    }

    @Test
    void chineseCharactersAreWordsOneByOne() {
        assertEquals(List.of("陈", "赓"), SearchTerms.words("陈赓"));
    }

    @Test
    void querySyntaxCharactersAreNotWords() {
        assertEquals(List.of(), SearchTerms.words("\"*:}{)(~^\\"));
        assertEquals(List.of("kgb"), SearchTerms.words("kgb*"));
    }

    @Test
    void shortWordsMustMatchExactlyLongerOnesForgiveTypos() {
        assertEquals("ho", LuceneQuery.fuzzy("ho"));
        assertEquals("giap~1", LuceneQuery.fuzzy("giap"));
        assertEquals("chennault~2", LuceneQuery.fuzzy("chennault"));
    }
}
