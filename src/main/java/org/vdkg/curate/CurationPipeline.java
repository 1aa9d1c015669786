package org.vdkg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.map.CurationMapper;
import org.vdkg.map.HistoryMapper;
import org.vdkg.map.GazetteerMapper;
import org.vdkg.map.MappingContext;
import org.vdkg.model.Curation;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.read.ClaimHistory;
import org.vdkg.read.CurationReader;
import org.vdkg.model.Gazetteer;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.read.GazetteerReader;
import org.vdkg.validate.CurationValidator;
import org.vdkg.validate.GazetteerRules;
import org.vdkg.validate.ContradictionCheck;
import org.vdkg.validate.ShapeValidator;
import org.vdkg.validate.SourceTexts;
import org.vdkg.vocab.IriScheme;

/**
 * Reads {@code ontology/} and {@code data/} (the gazetteer choices and records included), validates them and maps them to an in-memory RDF
 * dataset of named graphs (see docs/model.md). It never touches a database.
 */
public final class CurationPipeline {

    private CurationPipeline() {
    }

    /**
     * Reads all curated files, runs every rule, maps the facts to named graphs and, when the rules
     * found no error, checks the result against the SHACL shapes of {@code ontology/shapes/}.
     * Problems of every stage are returned together, in file and line order; the dataset is
     * returned even when there are errors (the caller must not load it then).
     */
    public static CurationResult run(ProjectLayout layout, String baseIri) {
        Dataset ds = DatasetFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        Curation curation = CurationReader.read(layout.root(), problems);
        problems.addAll(CurationValidator.validate(curation));
        Gazetteer gazetteer = GazetteerReader.read(layout.root(), problems);
        problems.addAll(GazetteerRules.check(gazetteer, curation));
        layout.sharedSourcesDir().ifPresent(dir -> problems.addAll(SourceTexts.check(curation, dir)));
        Map<String, Position> positions = MappingContext.newPositions();
        ds.executeWrite(() -> {
            IriScheme iris = new IriScheme(baseIri);
            loadOntology(layout, ds.getNamedModel(iris.graph("ontology")), problems);
            CurationMapper.map(curation, baseIri, ds, positions);
            HistoryMapper.map(ClaimHistory.read(layout.root(), curation.claimsFiles()), iris, ds);
            GazetteerMapper.map(gazetteer, curation, iris, ds);
        });
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (!errors) {
            ds.executeRead(() -> {
                problems.addAll(ShapeValidator.validate(ds, layout.root(), layout.shapesDir(), positions));
                problems.addAll(ContradictionCheck.check(ds.getUnionModel(), positions));
            });
        }
        problems.sort(CurationValidator.ORDER);
        return new CurationResult(ds, problems);
    }

    private static void loadOntology(ProjectLayout layout, Model onto, List<Problem> problems) {
        if (!Files.isDirectory(layout.ontologyDir())) {
            return;
        }
        try (Stream<Path> files = Files.list(layout.ontologyDir())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                try {
                    RDFParser.source(p).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(onto);
                } catch (RiotException e) {
                    problems.add(Rule.BAD_RDF.problem(ShapeValidator.position(layout.root(), p, e),
                        "cannot parse ontology file: " + e.getMessage(),
                        "fix the Turtle syntax"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
