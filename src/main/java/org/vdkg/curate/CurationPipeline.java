package org.vdkg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.map.CurationMapper;
import org.vdkg.map.GazetteerMapper;
import org.vdkg.map.HistoryMapper;
import org.vdkg.map.MappingContext;
import org.vdkg.model.Curation;
import org.vdkg.model.Gazetteer;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import org.vdkg.read.ClaimHistory;
import org.vdkg.read.CurationReader;
import org.vdkg.read.GazetteerReader;
import org.vdkg.validate.ContradictionCheck;
import org.vdkg.validate.CurationValidator;
import org.vdkg.validate.GazetteerRules;
import org.vdkg.validate.HierarchyLookups;
import org.vdkg.validate.ShapeValidator;
import org.vdkg.validate.SourceTexts;
import org.vdkg.vocab.IriScheme;

/**
 * Reads {@code ontology/} and {@code data/} (the gazetteer choices and records included), validates them and maps them
 * to plain in-memory named graphs (see docs/model.md), one source at a time, handing each checked graph to a
 * {@link GraphSink} when one is given. It never touches a database.
 */
public final class CurationPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CurationPipeline.class);

    private CurationPipeline() {
    }

    /**
     * Reads all curated files, runs every rule, maps the facts to named graphs and, when the rules
     * found no error, checks the result against the SHACL shapes of {@code ontology/shapes/}.
     * Problems of every stage are returned together, in file and line order; the dataset is
     * returned even when there are errors (the caller must not load it then).
     */
    public static CurationResult run(ProjectLayout layout, String baseIri) {
        return run(layout, baseIri, null);
    }

    /**
     * As {@link #run(ProjectLayout, String)}, but when the rules found no error every graph goes to {@code sink}
     * once it is mapped and checked, one source at a time, instead of staying in the returned dataset: first the
     * graphs every source refers to (ontology, entities, sources, gazetteer), then each source's claims. A source
     * graph is checked with those shared graphs alongside (a union view, no copy); a source the sink already has
     * ({@link GraphSink#reuse}) is neither mapped nor checked again. Shape problems found after some graphs went to
     * the sink are returned like the others: the caller must then throw away what it took.
     */
    public static CurationResult run(ProjectLayout layout, String baseIri, GraphSink sink) {
        long started = System.nanoTime();
        // Plain in-memory graphs: the transactional in-memory dataset made every add many times slower (issue 20).
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Dataset ds = DatasetFactory.wrap(dsg);
        List<Problem> problems = new ArrayList<>();
        Curation curation = CurationReader.read(layout.root(), problems);
        problems.addAll(CurationValidator.validate(curation));
        Gazetteer gazetteer = GazetteerReader.read(layout.root(), problems);
        problems.addAll(GazetteerRules.check(gazetteer, curation));
        layout.sharedSourcesDir().ifPresent(dir -> problems.addAll(SourceTexts.check(curation, dir)));
        Map<String, Position> positions = MappingContext.newPositions();
        IriScheme iris = new IriScheme(baseIri);
        loadOntology(layout, ds.getNamedModel(iris.graph("ontology")), problems);
        CurationMapper mapper = CurationMapper.mapShared(curation, baseIri, ds, positions);
        GazetteerMapper.map(gazetteer, curation, iris, ds);
        boolean clean = problems.stream().noneMatch(Problem::isError);
        Optional<ShapeValidator> shapes = clean ? ShapeValidator.load(layout.root(), layout.shapesDir(), problems)
            : Optional.empty();
        GraphSink to = clean ? sink : null;
        // Who last changed each claim comes from git blame: for a build only, not for every validate.
        Map<String, ClaimHistory.Commit> history = sink == null ? Map.of()
            : ClaimHistory.read(layout.root(), curation.claimsFiles());

        LOG.debug("phases: read and checked the curated files, mapped the shared graphs: {} s",
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        // The shared graphs, as one view for the checks of every source graph.
        List<Node> sharedNames = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(sharedNames::add);
        MultiUnion shared = new MultiUnion();
        shared.addGraph(dsg.getDefaultGraph());
        sharedNames.forEach(n -> shared.addGraph(dsg.getGraph(n)));
        // The class hierarchy of the shared graphs, for the checks' subclass lookups (see HierarchyLookups).
        Graph hierarchy = GraphFactory.createDefaultGraph();
        shared.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(hierarchy::add);
        Set<Problem> reported = new HashSet<>();
        shapes.ifPresent(v -> report(v.validate(shared, positions), problems, reported));
        // Claims of different sources that cannot both be true: each source graph is read into the check as it
        // passes, and the pairs are compared at the end.
        ContradictionCheck contradictions = new ContradictionCheck(ModelFactory.createModelForGraph(shared));
        if (to != null) {
            sharedNames.forEach(n -> to.accept(n.getURI(), dsg.getGraph(n)));
        }
        SourceKey keys = to == null ? null : new SourceKey(layout, baseIri, curation, history);
        for (String sid : mapper.sourceIds()) {
            String name = iris.graph(sid);
            String key = keys == null ? null
                : keys.of(sid, curation.claimsFiles().stream().filter(f -> sid.equals(f.sourceId())).toList());
            Optional<Graph> kept = to == null ? Optional.empty() : to.reuse(sid, key);
            if (kept.isPresent()) {
                contradictions.add(ModelFactory.createModelForGraph(kept.get()));
                to.accept(name, kept.get());
                continue;
            }
            mapper.mapSource(sid);
            HistoryMapper.map(history, iris, sid, ds);
            Graph g = dsg.getGraph(NodeFactory.createURI(name));
            shapes.ifPresent(v -> report(v.validate(new HierarchyLookups(new Union(g, shared), hierarchy, g), g, positions),
                problems, reported));
            contradictions.add(ModelFactory.createModelForGraph(g));
            if (to != null) {
                dsg.removeGraph(NodeFactory.createURI(name));
                to.mapped(sid, key, g);
                to.accept(name, g);
            }
        }
        if (clean) {
            problems.addAll(contradictions.problems(positions));
        }
        problems.sort(CurationValidator.ORDER);
        return new CurationResult(ds, problems);
    }

    /**
     * Adds the problems of one check, but none an earlier check reported: a shared graph's node is checked again
     * with every source graph, and its problem is the same problem.
     */
    private static void report(List<Problem> found, List<Problem> problems, Set<Problem> reported) {
        List<Problem> fresh = found.stream().filter(p -> !reported.contains(p)).toList();
        problems.addAll(fresh);
        reported.addAll(fresh);
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
