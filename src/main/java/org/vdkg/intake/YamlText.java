package org.vdkg.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/**
 * Writes claims as the curated files do: one key per line, nested values in flow style ({@code [a, b]},
 * {@code {quantity: 125}}). Values are plain Java: a {@code String}, a {@code List} or a {@code Map} of them.
 */
final class YamlText {

    /** Keys whose digits are numbers, written plain; other digits ("1953" as a time) are quoted, as data/README asks. */
    private static final Set<String> NUMERIC_KEYS = Set.of("paragraph", "footnote", "quantity", "quantity_min",
        "quantity_max", "amount", "n");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private YamlText() {
    }

    /** A YAML node as plain Java values (positions dropped). */
    static Object plain(YNode n) {
        if (n instanceof YScalar s) {
            return s.isNull() ? "" : s.value();
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YMap) n).entries().values().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }

    /** One line per key of {@code claim}, the first as a list item ({@code "  - id: x"}), indented under {@code claims:}. */
    static List<String> claimLines(Map<String, Object> claim) {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Object> e : claim.entrySet()) {
            lines.add((first ? "  - " : "    ") + e.getKey() + ": " + flow(e.getKey(), e.getValue()));
            first = false;
        }
        return lines;
    }

    /** {@code value} in flow style; {@code key} decides whether digits are a number. */
    static String flow(String key, Object value) {
        if (value instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + ": " + flow((String) k, v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(v -> parts.add(flow(key, v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return scalar(key, String.valueOf(value));
    }

    private static String scalar(String key, String s) {
        boolean digits = s.matches("\\d{1,15}(\\.\\d+)?");
        if (digits ? NUMERIC_KEYS.contains(key) : SLUG.matcher(s).matches() && !RESERVED.contains(s)) {
            return s;
        }
        return quoted(s);
    }

    /** A double-quoted YAML scalar: backslash, quote and control characters escaped. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
