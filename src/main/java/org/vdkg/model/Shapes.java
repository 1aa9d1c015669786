package org.vdkg.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/**
 * Reads a YAML value in the shape a key expects (one value, a list of values, a map, a list of maps, a number),
 * reporting what does not fit to {@code problems}: the one place the curated files' shape rules are worded.
 */
public final class Shapes {

    private final List<Problem> problems;

    public Shapes(List<Problem> problems) {
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void add(Rule rule, org.vdkg.problem.Position at, String message, String hint) {
        problems.add(rule.problem(at, message, hint));
    }

    /** Reports the keys of {@code m} outside {@code allowed}. */
    public void keys(YMap m, Set<String> allowed, String where) {
        m.reportUnknownKeys(allowed, where, problems);
    }

    /** The scalar at {@code n}, or a bad-structure problem. */
    public Optional<YScalar> scalar(YNode n, String key) {
        if (n instanceof YScalar s) {
            return s.isNull() ? Optional.empty() : Optional.of(s);
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a single value, not " + n.shape(),
            "write one value after '" + key + ":'");
        return Optional.empty();
    }

    /** The scalar under {@code key} of {@code m}, if there is one. */
    public Optional<YScalar> scalar(YMap m, String key) {
        return m.get(key).flatMap(n -> scalar(n, key));
    }

    /** The scalars of a scalar or a list of scalars. */
    public List<YScalar> scalars(YNode n, String key) {
        if (n instanceof YScalar s) {
            return s.isNull() ? List.of() : List.of(s);
        }
        if (n instanceof YList l) {
            List<YScalar> out = new ArrayList<>();
            for (YNode i : l.items()) {
                if (i instanceof YScalar s && !s.isNull()) {
                    out.add(s);
                } else {
                    add(Rule.BAD_STRUCTURE, i.pos(), "each item of '" + key + "' must be a single value, not " + i.shape(),
                        "write a list of plain values, e.g. [a, b]");
                }
            }
            return out;
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a value or a list, not " + n.shape(),
            "write '" + key + ": [a, b]'");
        return List.of();
    }

    /** One scalar when {@code single}, else the scalars of a scalar or a list. */
    public List<YScalar> scalars(YNode n, String key, boolean single) {
        return single ? scalar(n, key).map(List::of).orElse(List.of()) : scalars(n, key);
    }

    /** A list of maps, or a bad-structure problem. */
    public List<YMap> mapList(YNode n, String key) {
        if (!(n instanceof YList l)) {
            add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a list of maps, not " + n.shape(),
                "write each entry as '- {key: value, ...}'");
            return List.of();
        }
        List<YMap> out = new ArrayList<>();
        for (YNode i : l.items()) {
            if (i instanceof YMap m) {
                out.add(m);
            } else {
                add(Rule.BAD_STRUCTURE, i.pos(), "each item of '" + key + "' must be a map, not " + i.shape(),
                    "write the entry as '{key: value, ...}'");
            }
        }
        return out;
    }

    public Optional<YMap> map(YNode n, String key) {
        if (n instanceof YMap m) {
            return Optional.of(m);
        }
        add(Rule.BAD_STRUCTURE, n.pos(), "'" + key + "' must be a map, not " + n.shape(),
            "write '" + key + ": {key: value, ...}'");
        return Optional.empty();
    }

    /** The scalar under {@code key} of an entry map, or a missing-field problem naming {@code what}. */
    public Optional<YScalar> requiredIn(YMap m, String key, String what) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            add(Rule.MISSING_FIELD, m.pos(), what + " without '" + key + ":'", "add " + key + ":");
            return Optional.empty();
        }
        return scalar(n.get(), key);
    }

    /** Checks a number (>= 0); returns its value when valid. */
    public Optional<BigDecimal> number(YMap m, String key) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YScalar s && Values.isNumber(s.value())) {
            return Optional.of(new BigDecimal(s.value().trim()));
        }
        String shown = n.get() instanceof YScalar s ? s.value() : n.get().shape();
        add(Rule.BAD_QUANTITY, n.get().pos(), "'" + key + "' must be a number >= 0, not '" + shown + "'",
            "write digits only, e.g. 125; put words in quantity_text");
        return Optional.empty();
    }
}
