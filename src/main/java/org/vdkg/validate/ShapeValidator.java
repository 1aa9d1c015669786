package org.vdkg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/**
 * Runs the SHACL shapes of {@code ontology/shapes/*.ttl} on mapped graphs (each source's graph is checked with the
 * graphs it refers to alongside, as one union view, see {@code curate.CurationPipeline}) and reports each result at
 * the curated position of its focus node.
 */
public final class ShapeValidator {

    /** The shapes files, sorted; empty when {@code shapesDir} is absent. */
    public static List<Path> shapeFiles(Path shapesDir) {
        if (!Files.isDirectory(shapesDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(shapesDir)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The shapes in {@code shapesDir}, or empty when there are none or they do not parse (a problem is then added).
     *
     * @param root the project root, to name shapes files relative to it
     */
    public static Optional<ShapeValidator> load(Path root, Path shapesDir, List<Problem> problems) {
        List<Path> files = shapeFiles(shapesDir);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            try {
                RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(shapesGraph);
            } catch (RiotException e) {
                problems.add(Rule.BAD_RDF.problem(position(root, f, e), "cannot parse shapes: " + e.getMessage(),
                    "fix the Turtle syntax of the shapes file"));
                return Optional.empty();
            }
        }
        return Optional.of(new ShapeValidator(Shapes.parse(shapesGraph)));
    }

    /**
     * Validates {@code data} (a graph, or a union view of several) and reports each result at the curated position
     * of its focus node.
     *
     * @param positions IRI to curated position, kept by the mapper
     */
    public List<Problem> validate(Graph data, Map<String, Position> positions) {
        return problems(ShaclValidator.get().validate(shapes, data).getEntries(), positions);
    }

    /**
     * Validates only the nodes {@code focus} names (as subject or object), with all of {@code data} to look things up
     * in. A source's graph is checked this way with the shared graphs alongside: validating the whole union would check
     * every shared node again for every source, which made the build's shape checks grow with sources x entities.
     */
    public List<Problem> validate(Graph data, Graph focus, Map<String, Position> positions) {
        java.util.Set<org.apache.jena.graph.Node> nodes = new java.util.LinkedHashSet<>();
        focus.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                nodes.add(t.getObject());
            }
        });
        List<ReportEntry> entries = new ArrayList<>();
        for (org.apache.jena.graph.Node n : nodes) {
            entries.addAll(ShaclValidator.get().validate(shapes, data, n).getEntries());
        }
        return problems(entries, positions);
    }

    private static List<Problem> problems(java.util.Collection<ReportEntry> entries, Map<String, Position> positions) {
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry e : entries) {
            Rule rule = e.severity() == Severity.Violation ? Rule.SHACL_VIOLATION : Rule.SHACL_WARNING;
            Position at = locate(e.focusNode(), positions);
            String path = e.resultPath() == null ? "" : " on " + e.resultPath();
            String value = e.value() == null || e.value().equals(e.focusNode()) ? "" : " (value " + e.value() + ")";
            problems.add(rule.problem(at, "shape check failed for " + e.focusNode() + path + ": " + e.message() + value,
                "correct the claim or entity at this line so that it fits the ontology's shapes"));
        }
        return problems;
    }

    /** The position of a node's IRI, or of the nearest IRI it extends (claim sub-nodes: claim/x/item/1). */
    static Position locate(Node focus, Map<String, Position> positions) {
        if (focus != null && focus.isURI()) {
            String iri = focus.getURI();
            while (true) {
                Position p = positions.get(iri);
                if (p != null) {
                    return p;
                }
                int slash = iri.lastIndexOf('/');
                if (slash <= "https://".length()) {
                    break;
                }
                iri = iri.substring(0, slash);
            }
        }
        return Position.ofFile("data");
    }

    /** The position of an RDF parse error in {@code f}, relative to {@code root}. */
    public static Position position(Path root, Path f, RiotException e) {
        String file = rel(root, f);
        if (e instanceof RiotParseException pe && pe.getLine() > 0) {
            return new Position(file, (int) pe.getLine(), (int) Math.max(0, pe.getCol()));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+) ?\\]")
            .matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return new Position(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Position.ofFile(file);
    }

    private static String rel(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }
}
