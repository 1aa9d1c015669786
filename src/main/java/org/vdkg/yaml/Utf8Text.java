package org.vdkg.yaml;

import org.vdkg.problem.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/** The text of a curated file: strict UTF-8 decoding, and positions of bytes and characters as line and column. */
final class Utf8Text {

    static final String CONTROL_HINT = "remove it (an editor that shows invisible characters finds it); "
        + "in a double-quoted value write a tab as \\t and a line break as \\n";

    private Utf8Text() {
    }

    /** {@code bytes} as text; a byte sequence that is not UTF-8 is a VDKG-E001 problem at its line and column. */
    static Optional<String> decode(byte[] bytes, String file, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            problems.add(Rule.YAML_SYNTAX.problem(bytePosition(bytes, bad, file), "byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff) + " (byte offset " + bad + ") is not valid UTF-8",
                "save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252) and retype the character there"));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** The 1-based line and column of byte {@code offset}: lines counted by line breaks before it, the column in characters. */
    static Position bytePosition(byte[] bytes, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        return new Position(file, line, before.codePointCount(0, before.length()) + 1);
    }

    /** The 1-based line and column of the code point at index {@code codePoint} of {@code text}. */
    static Position position(String text, int codePoint, String file) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < codePoint && i < text.length(); n++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    /** The first character of {@code s} that YAML does not allow as printable text (tab and line breaks aside). */
    static Optional<Integer> firstControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!printable(c)) {
                return Optional.of(c);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** YAML 1.2's c-printable, plus the BOM it tolerates. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** A character for a message: {@code U+0000 (NUL)}, {@code U+001B}, ... */
    static String describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        return c == 0 ? code + " (NUL)" : c == 0x7F ? code + " (DEL)" : code;
    }
}
