package org.vdkg.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits names and typed queries into the same words the index holds: the analysis chain of
 * {@code fuseki-config/vdkg.ttl} (StandardTokenizer, ASCIIFoldingFilter, LowerCaseFilter), so that
 * "Võ Nguyên Giáp", "VO NGUYEN GIAP" and "vo nguyen giap" give the same words and "Đàm" gives "dam".
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** The index words of {@code text}, in order; punctuation and query syntax characters disappear. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        // NFC first: a name typed with combining accents must fold like the precomposed one.
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(nfc));
        try (TokenStream ts = new LowerCaseFilter(new ASCIIFoldingFilter(tokenizer))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The folded form used to compare a query with a name: its words joined by single spaces. */
    public static String folded(String text) {
        return String.join(" ", words(text));
    }
}
