package org.vdkg.web;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a page reads from the whole served dataset (counts, the network, the timeline), computed once per server on
 * first use when the data cannot change while it is served, and on every request when it can ({@link
 * ServedDataset#writable()}). Each value counts how often it was computed and how often it was served without
 * computing, per dataset, for the server's status ({@link #statusJson}).
 *
 * @param <T> the value; it must not be changed by those who get it
 */
public final class Precomputed<T> {

    /** Per served dataset, its values by name; a dataset closed and dropped takes its values with it. */
    private static final Map<DatasetGraph, Map<String, Precomputed<?>>> ALL = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The bound on one query of a precomputation, in minutes. The server's query timeout (which Fuseki makes ARQ's
     * default for every query of the process) is for a client's query on each request; a value computed once per start
     * reads the whole dataset and at 1000 copies of the data takes longer than that (the home page's counts were
     * cancelled at 10 s and answered 500). Queries that compute these values set this bound instead.
     */
    public static final long QUERY_MINUTES = 30;

    private final ServedDataset data;
    private final Function<DatasetGraph, T> compute;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private volatile T value;

    private Precomputed(ServedDataset data, Function<DatasetGraph, T> compute) {
        this.data = data;
        this.compute = compute;
    }

    /**
     * The value named {@code name} of the served dataset: one per dataset and name, whoever asks (two servlets
     * showing the same figures share them).
     *
     * @param compute reads the value inside a read transaction; it must copy out what it keeps
     */
    @SuppressWarnings("unchecked")
    public static <T> Precomputed<T> of(ServedDataset data, String name, Function<DatasetGraph, T> compute) {
        if (data.dataset() == null) {
            return new Precomputed<>(data, compute);
        }
        synchronized (ALL) {
            return (Precomputed<T>) ALL.computeIfAbsent(data.dataset(), d -> new TreeMap<>())
                    .computeIfAbsent(name, n -> new Precomputed<>(data, compute));
        }
    }

    /** The value: the one computed before when the data cannot change, else computed now. */
    public T get() {
        if (data.writable()) {
            computed.incrementAndGet();
            return data.read(compute);
        }
        T v = value;
        if (v != null) {
            reused.incrementAndGet();
            return v;
        }
        synchronized (this) {
            if (value == null) {
                computed.incrementAndGet();
                value = data.read(compute);
            } else {
                reused.incrementAndGet();
            }
            return value;
        }
    }

    /** Per value of {@code dsg}, how often it was computed and reused, and whether it is kept, as a JSON object. */
    public static String statusJson(DatasetGraph dsg) {
        Map<String, Precomputed<?>> values;
        synchronized (ALL) {
            values = dsg == null ? Map.of() : new TreeMap<>(ALL.getOrDefault(dsg, Map.of()));
        }
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, p) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                .append("\": {\"computed\": ").append(p.computed.get()).append(", \"reused\": ").append(p.reused.get())
                .append(", \"kept\": ").append(!p.data.writable()).append('}'));
        return json.append('}').toString();
    }
}
