package org.vdkg.search;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Builds the Lucene query string for a list of index words. The user's text never reaches the
 * Lucene parser as typed: only analysed words do, each escaped, so {@code "}, {@code *},
 * {@code :} or {@code AND} in the input are plain characters, never query syntax.
 */
final class LuceneQuery {

    private LuceneQuery() {
    }

    /**
     * All words as a phrase (best), all words in any order, all words with small typos allowed.
     * Empty when there are no words.
     */
    static String forSearch(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String phrase = "\"" + words.stream().map(QueryParser::escape).collect(Collectors.joining(" ")) + "\"";
        return "(" + phrase + ")^4 (" + all(words, QueryParser::escape) + ")^2 (" + all(words, LuceneQuery::fuzzy) + ")";
    }

    /** As {@link #forSearch} plus the last word as a prefix, for type-ahead suggestions. */
    static String forPrefix(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        List<String> head = words.subList(0, words.size() - 1);
        String last = QueryParser.escape(words.get(words.size() - 1));
        String prefix = head.stream().map(w -> "+" + QueryParser.escape(w)).collect(Collectors.joining(" "))
                + (head.isEmpty() ? "" : " ") + "+" + last + "*";
        return forSearch(words) + " (" + prefix + ")";
    }

    private static String all(List<String> words, Function<String, String> term) {
        return words.stream().map(w -> "+" + term.apply(w)).collect(Collectors.joining(" "));
    }

    /**
     * One edit for words of 4 to 7 letters, two from 8: short words ("ho", "vo", "kgb") must match
     * exactly, or every two-letter syllable of Vietnamese would match every other.
     */
    static String fuzzy(String word) {
        String escaped = QueryParser.escape(word);
        int n = word.codePointCount(0, word.length());
        if (n >= 8) {
            return escaped + "~2";
        }
        if (n >= 4) {
            return escaped + "~1";
        }
        return escaped;
    }
}
