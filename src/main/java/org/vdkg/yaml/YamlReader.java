package org.vdkg.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/**
 * Reads one YAML 1.2 file into a {@link YNode} tree with the 1-based line and column of every node,
 * using SnakeYAML Engine's node API. Hostile input (alias bombs, deep nesting, huge files) is refused
 * with a {@code VDKG-E001} problem instead of exhausting memory or stack.
 */
public final class YamlReader {

    /**
     * Largest file accepted by default, in bytes, checked before parsing: SnakeYAML counts code points
     * only as it goes, and by the time it reached its own limit a file of marked nodes had filled a small
     * heap. Curated files are tens of kilobytes; a project with hundreds of sources (one sources.yaml)
     * raises the limit with the system property {@value #MAX_FILE_BYTES_PROPERTY} and gives the JVM the heap to match.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** System property that overrides {@link #MAX_FILE_BYTES}. */
    public static final String MAX_FILE_BYTES_PROPERTY = "vdkg.maxYamlBytes";
    /** Largest text accepted, in code points (for text not read from a file). */
    public static final int MAX_CODE_POINTS = 1024 * 1024;
    /** Most aliases a collection may use. */
    public static final int MAX_ALIASES = 20;
    /** Deepest nesting of maps and lists accepted. */
    public static final int MAX_DEPTH = 32;
    /** Most nodes (after alias expansion) a file may hold. */
    public static final int MAX_NODES = 500_000;

    private final String file;
    private final List<Problem> problems;
    private int nodes;

    private YamlReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads {@code path}, naming it {@code file} in positions; problems go to {@code problems}.
     *
     * @return the document's root, empty when the file is empty or cannot be read
     */
    public static Optional<YNode> read(Path path, String file, List<Problem> problems) {
        try {
            long size = Files.size(path);
            if (size > maxFileBytes()) {
                problems.add(Rule.YAML_SYNTAX.problem(Position.ofFile(file), "file of " + size + " bytes is over the limit of "
                    + maxFileBytes() + " bytes", "split the file; curated files are tens of kilobytes"));
                return Optional.empty();
            }
        } catch (IOException e) {
            // Reported below, where reading fails the same way.
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Rule.YAML_SYNTAX.problem(Position.ofFile(file), "cannot read the file: " + e.getMessage(),
                "check that the file exists and is readable"));
            return Optional.empty();
        }
        Optional<String> text = Utf8Text.decode(bytes, file, problems);
        return text.flatMap(t -> new YamlReader(file, problems).compose(t));
    }

    /** Reads YAML text (for tests and tools). */
    public static Optional<YNode> readString(String text, String file, List<Problem> problems) {
        return new YamlReader(file, problems).compose(text);
    }

    /** The file size limit in force: {@link #MAX_FILE_BYTES} unless the system property raises or lowers it. */
    public static long maxFileBytes() {
        Long configured = Long.getLong(MAX_FILE_BYTES_PROPERTY);
        return configured == null || configured <= 0 ? MAX_FILE_BYTES : configured;
    }

    private Optional<YNode> compose(String text) {
        LoadSettings settings = LoadSettings.builder()
            .setLabel(file)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setAllowDuplicateKeys(false)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(MAX_CODE_POINTS, maxFileBytes())))
            .setUseMarks(true)
            .build();
        try {
            // The events first: nesting and aliases are checked there, with the position of the offending
            // event, before the composer (which recurses, and counts aliases without a position) sees them.
            Optional<Problem> refused = new EventLimits(file, MAX_DEPTH, MAX_ALIASES).check(new Parse(settings).parseString(text));
            if (refused.isPresent()) {
                problems.add(refused.get());
                return Optional.empty();
            }
            Iterable<Node> docs = new Compose(settings).composeAllFromString(text);
            Node first = null;
            for (Node n : docs) {
                if (first != null) {
                    problems.add(Rule.YAML_SYNTAX.problem(pos(n), "more than one YAML document in the file",
                        "remove the '---' separator: a curated file holds one document"));
                    break;
                }
                first = n;
            }
            return first == null ? Optional.empty() : Optional.of(convert(first, 0));
        } catch (MarkedYamlEngineException e) {
            Position p = e.getProblemMark().or(e::getContextMark).map(this::pos).orElse(Position.ofFile(file));
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            problems.add(Rule.YAML_SYNTAX.problem(p, "YAML syntax error: " + oneLine(what)
                + (e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")"), hintFor(what)));
        } catch (ReaderException e) {
            problems.add(Rule.YAML_SYNTAX.problem(Utf8Text.position(text, e.getPosition(), file),
                "character " + Utf8Text.describe(e.getCodePoint()) + " is not allowed in YAML", Utf8Text.CONTROL_HINT));
        } catch (TooBig e) {
            problems.add(Rule.YAML_SYNTAX.problem(e.at, e.getMessage(), e.hint));
        } catch (YamlEngineException e) {
            problems.add(Rule.YAML_SYNTAX.problem(Position.ofFile(file), "YAML rejected: " + oneLine(e.getMessage()),
                "curated files need no anchors or aliases and stay under " + maxFileBytes() + " bytes"
                    + "; write values out or split the file"));
        }
        return Optional.empty();
    }

    private static String hintFor(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("tab")) {
            return "indent with spaces, never tabs";
        }
        if (p.contains("duplicate") || p.contains("found duplicate key")) {
            return "each key may appear once in a map";
        }
        if (p.contains("mapping values are not allowed")) {
            return "quote a value that contains ': ' or check the indentation";
        }
        return "fix the YAML at the position shown (indentation, quotes, brackets)";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private Position pos(Node n) {
        return n.getStartMark().map(this::pos).orElse(Position.ofFile(file));
    }

    private Position pos(Mark m) {
        return new Position(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /**
     * One copy of a short value that many nodes give (a slug, a role, a date): a build holds every file's tree at
     * once, and most of its short values repeat across files (issue 20). Long values (notes, quotes) rarely repeat.
     */
    private static String shared(String value) {
        return value.length() <= SHARED_LENGTH ? value.intern() : value;
    }

    /** Values up to this length are shared. */
    private static final int SHARED_LENGTH = 80;

    /** The tree is deeper or larger than the limits; thrown out of the recursion of {@link #convert}. */
    private static final class TooBig extends RuntimeException {
        private final Position at;
        private final String hint;

        TooBig(String message, Position at, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.hint = hint;
        }
    }

    /** A control character can only come in through an escape ({@code "\\0"}); it has no place in a name or a fact. */
    private void refuseControls(String value, Position at) {
        Utf8Text.firstControl(value).ifPresent(c -> problems.add(Rule.YAML_SYNTAX.problem(at,
            "character " + Utf8Text.describe(c) + " (written as an escape) is not allowed", Utf8Text.CONTROL_HINT)));
    }

    private YNode convert(Node n, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooBig("YAML nesting deeper than " + MAX_DEPTH + " levels", pos(n), EventLimits.FLATTEN);
        }
        if (++nodes > MAX_NODES) {
            throw new TooBig("YAML expands to more than " + MAX_NODES + " values (alias bomb?)", pos(n), EventLimits.NO_ALIASES);
        }
        if (n instanceof ScalarNode s) {
            Position at = pos(n);
            refuseControls(s.getValue(), at);
            return new YScalar(shared(s.getValue()), s.isPlain(), at);
        }
        if (n instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            for (Node c : seq.getValue()) {
                items.add(convert(c, depth + 1));
            }
            return new YList(items, pos(n));
        }
        MappingNode m = (MappingNode) n;
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            Position kp = pos(k);
            if (!(k instanceof ScalarNode ks)) {
                problems.add(Rule.BAD_STRUCTURE.problem(kp, "a map key must be a plain word", "write the key as text"));
                continue;
            }
            String key = ks.getValue().intern();
            refuseControls(key, kp);
            if (entries.containsKey(key)) {
                problems.add(Rule.YAML_SYNTAX.problem(kp, "duplicate key '" + key + "'",
                    "each key may appear once in a map; merge the two"));
                continue;
            }
            entries.put(key, new YMap.Entry(key, kp, convert(t.getValueNode(), depth + 1)));
        }
        return new YMap(entries, pos(n));
    }
}
