package org.vdkg.query;

import java.util.Locale;
import java.util.Optional;

/** The output formats of a {@link ResultTable}. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** The format named {@code name} (case-insensitive), or empty. */
    public static Optional<ResultFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
