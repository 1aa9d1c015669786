package org.vdkg.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.problem.Suggest;

/** A YAML mapping with text keys, in file order; each entry keeps the position of its key. */
public final class YMap extends Placed implements YNode {

    /** One key: value pair. */
    public static final class Entry extends Placed {

        private final String key;
        private final YNode value;

        public Entry(String key, Position keyPos, YNode value) {
            super(keyPos);
            this.key = key;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public Position keyPos() {
            return place();
        }

        public YNode value() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.key.equals(key) && e.value.equals(value) && samePlace(e);
        }

        @Override
        public int hashCode() {
            return (key.hashCode() * 31 + value.hashCode()) * 31 + placeHash();
        }

        @Override
        public String toString() {
            return "Entry[key=" + key + ", keyPos=" + keyPos() + ", value=" + value + "]";
        }
    }

    private final Map<String, Entry> entries;

    public YMap(Map<String, Entry> entries, Position pos) {
        super(pos);
        this.entries = SmallMap.copyOf(entries);
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    @Override
    public Position pos() {
        return place();
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value of a key, absent if the key is missing or its value is null. */
    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        if (e == null || (e.value() instanceof YScalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /** The text of a scalar key, if present and a scalar. */
    public Optional<String> text(String key) {
        return get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value());
    }

    /** Position of the value of a key, or of the map itself. */
    public Position posOf(String key) {
        Entry e = entries.get(key);
        return e == null ? pos() : e.value().pos();
    }

    /** Reports each key not in {@code allowed} as {@code VDKG-E002}, with a "did you mean" hint; {@code where} ends the message. */
    public void reportUnknownKeys(Set<String> allowed, String where, List<Problem> problems) {
        for (Entry e : entries.values()) {
            if (!allowed.contains(e.key())) {
                String hint = Suggest.closest(e.key(), allowed).map(s -> "did you mean '" + s + "'?")
                    .orElse("allowed keys: " + String.join(", ", new java.util.TreeSet<>(allowed)));
                problems.add(Rule.UNKNOWN_KEY.problem(e.keyPos(), "unknown key '" + e.key() + "' " + where, hint));
            }
        }
    }

    @Override
    public String shape() {
        return "a map";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YMap m && m.entries.equals(entries) && samePlace(m);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + placeHash();
    }

    @Override
    public String toString() {
        return "YMap[entries=" + entries + ", pos=" + pos() + "]";
    }
}
