package org.vdkg.yaml;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The entries of a YAML map, read-only and in file order. Most maps of a curated file have a handful of keys, and a
 * build holds every map of every file at once: an array searched in order takes about a sixth of the memory of a
 * {@link LinkedHashMap} and its unmodifiable wrapper (issue 20), and is as fast at these sizes. Larger maps keep the
 * hash map.
 */
final class SmallMap extends AbstractMap<String, YMap.Entry> {

    /** Up to this many keys a search in order is as fast as hashing. */
    private static final int SMALL = 12;

    private final YMap.Entry[] entries;

    private SmallMap(YMap.Entry[] entries) {
        this.entries = entries;
    }

    /** A read-only copy of {@code map}, in its order. */
    static Map<String, YMap.Entry> copyOf(Map<String, YMap.Entry> map) {
        if (map instanceof SmallMap) {
            return map;
        }
        if (map.size() > SMALL) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return new SmallMap(map.values().toArray(new YMap.Entry[0]));
    }

    @Override
    public YMap.Entry get(Object key) {
        for (YMap.Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public Set<Map.Entry<String, YMap.Entry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, YMap.Entry>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, YMap.Entry> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        YMap.Entry e = entries[next++];
                        return new AbstractMap.SimpleImmutableEntry<>(e.key(), e);
                    }
                };
            }

            @Override
            public int size() {
                return entries.length;
            }
        };
    }
}
