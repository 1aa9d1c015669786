package org.vdkg.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient readers of YAML values into plain Java values; the validator reports what they skip. */
public final class Values {

    private Values() {
    }

    /** A scalar or each scalar of a list ("a single slug is accepted where a list is allowed"). */
    public static List<Located<String>> texts(Optional<YNode> node) {
        List<Located<String>> out = new ArrayList<>();
        node.ifPresent(n -> {
            if (n instanceof YScalar s && !s.isNull()) {
                out.add(new Located<>(s.value(), s.pos()));
            } else if (n instanceof YList l) {
                for (YNode i : l.items()) {
                    if (i instanceof YScalar s && !s.isNull()) {
                        out.add(new Located<>(s.value(), s.pos()));
                    }
                }
            }
        });
        return out;
    }

    /** Integers of a scalar or a list; non-integers are skipped. */
    public static List<Located<Integer>> ints(Optional<YNode> node) {
        List<Located<Integer>> out = new ArrayList<>();
        for (Located<String> t : texts(node)) {
            integer(t.value()).ifPresent(i -> out.add(new Located<>(i, t.pos())));
        }
        return out;
    }

    public static Optional<Integer> integer(String s) {
        if (s == null || !s.trim().matches("[+-]?\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s.trim().replace("+", "")));
    }

    /** Whether {@code s} is a number the curated data may hold: a decimal, at least 0. */
    public static boolean isNumber(String s) {
        try {
            return s != null && s.trim().matches("[+]?\\d+(\\.\\d+)?([eE][+]?\\d+)?")
                && new java.math.BigDecimal(s.trim()).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The maps of a list (other items skipped). */
    public static List<YMap> maps(Optional<YNode> node) {
        List<YMap> out = new ArrayList<>();
        node.ifPresent(n -> {
            if (n instanceof YList l) {
                for (YNode i : l.items()) {
                    if (i instanceof YMap m) {
                        out.add(m);
                    }
                }
            } else if (n instanceof YMap m) {
                out.add(m);
            }
        });
        return out;
    }
}
