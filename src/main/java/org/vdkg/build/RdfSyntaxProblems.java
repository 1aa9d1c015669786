package org.vdkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.vdkg.load.ProjectLayout;
import org.vdkg.validate.Problem;
import org.vdkg.validate.Severity;

/** Finds which curated RDF file holds a syntax error, and where, by parsing each one on its own. */
final class RdfSyntaxProblems {

    /** Rule id of an RDF file that does not parse (bad-rdf in docs/errors.md). */
    static final String BAD_RDF = "VDKG-E022";

    private static final Pattern LINE_COL = Pattern.compile("line: (\\d+), col: (\\d+)");

    private RdfSyntaxProblems() {
    }

    static List<Problem> locate(ProjectLayout layout, RiotException cause) {
        List<Problem> found = new ArrayList<>();
        for (Path dir : List.of(layout.ontologyDir(), layout.dataDir())) {
            for (Path file : rdfFiles(dir)) {
                check(layout, file, found);
            }
        }
        if (found.isEmpty()) {
            Matcher m = LINE_COL.matcher(String.valueOf(cause.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            found.add(new Problem(Severity.ERROR, BAD_RDF, "ontology/", line, 0,
                    "RDF syntax error: " + cause.getMessage(), "fix the RDF syntax"));
        }
        return found;
    }

    private static List<Path> rdfFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> RDFLanguages.filenameToLang(p.getFileName().toString()) != null)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ProjectLayout layout, Path file, List<Problem> found) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        String rel = layout.root().relativize(file).toString().replace('\\', '/');
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                found.add(new Problem(Severity.ERROR, BAD_RDF, rel, (int) Math.max(line, 0), (int) Math.max(col, 0),
                        "RDF syntax error: " + message, "fix the " + lang.getLabel() + " syntax at this line"));
                throw new RiotException(message);
            }
        };
        try {
            RDFParser.source(file).lang(lang).errorHandler(collect).parse(StreamRDFLib.sinkNull());
        } catch (RiotException e) {
            // Recorded by the error handler.
        }
    }
}
