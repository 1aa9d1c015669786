package org.vdkg.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.vdkg.vocab.IriScheme;
import org.vdkg.words.ClaimWords;

/**
 * A release's changes in words: per source, the claims added, removed and changed (each by its title, from
 * {@link ClaimWords#title}), then how many statements every other graph gained and lost.
 */
final class Changelog {

    /** The graphs that hold no claims. */
    private static final Set<String> NOT_SOURCES = Set.of("entities", "sources", "ontology", "inferred", "meta", "gazetteer");

    private final IriScheme iris;
    private final DatasetGraph before;
    private final DatasetGraph after;

    Changelog(IriScheme iris, DatasetGraph before, DatasetGraph after) {
        this.iris = iris;
        this.before = before;
        this.after = after;
    }

    /** The changelog as Markdown; {@code previous} is null for the first release. */
    String write(String version, String issued, String previous, QuadDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("# vdkg release ").append(version).append("\n\nIssued ").append(issued).append(".\n\n");
        if (previous == null) {
            out.append("The first release: every claim below is new, and there is no patch.\n\n");
        } else {
            out.append("Revises release ").append(previous).append(": ").append(Release.PATCH).append(" removes ")
               .append(diff.removed().size()).append(" and adds ").append(diff.added().size()).append(" statements.\n\n");
        }
        out.append("## Claims, per source\n\n");
        int changedSources = 0;
        for (String graph : graphs()) {
            String source = graph.substring(iris.graph("").length());
            if (NOT_SOURCES.contains(source)) {
                continue;
            }
            Map<String, Set<Triple>> was = claims(before, graph);
            Map<String, Set<Triple>> is = claims(after, graph);
            List<String> lines = new ArrayList<>();
            Model wasModel = labelled(before, graph);
            Model isModel = labelled(after, graph);
            for (String claim : union(was.keySet(), is.keySet())) {
                Set<Triple> a = was.get(claim);
                Set<Triple> b = is.get(claim);
                String id = IriScheme.claimId(claim);
                if (a == null) {
                    lines.add("- added: " + title(isModel, claim) + " (`" + id + "`)");
                } else if (b == null) {
                    lines.add("- removed: " + title(wasModel, claim) + " (`" + id + "`)");
                } else if (!a.equals(b)) {
                    String oldTitle = title(wasModel, claim);
                    String newTitle = title(isModel, claim);
                    long gone = a.stream().filter(t -> !b.contains(t)).count();
                    long come = b.stream().filter(t -> !a.contains(t)).count();
                    lines.add("- changed: " + newTitle + (oldTitle.equals(newTitle) ? "" : " (was: " + oldTitle + ")")
                            + " (`" + id + "`; statements: " + gone + " removed, " + come + " added)");
                }
            }
            if (!lines.isEmpty()) {
                changedSources++;
                out.append("### ").append(sourceTitle(source)).append(" (`").append(source).append("`)\n\n");
                lines.forEach(l -> out.append(l).append('\n'));
                out.append('\n');
            }
        }
        if (changedSources == 0) {
            out.append("No claim was added, removed or changed.\n\n");
        }
        if (previous != null) {
            out.append("## Statements, per graph\n\n");
            Map<String, long[]> counts = new TreeMap<>();
            diff.removed().forEach(q -> counts.computeIfAbsent(q.getGraph().getURI(), k -> new long[2])[0]++);
            diff.added().forEach(q -> counts.computeIfAbsent(q.getGraph().getURI(), k -> new long[2])[1]++);
            counts.forEach((g, n) -> out.append("- `").append(g.substring(iris.graph("").length())).append("`: ")
                    .append(n[0]).append(" removed, ").append(n[1]).append(" added\n"));
            if (counts.isEmpty()) {
                out.append("No statement changed.\n");
            }
        }
        return out.toString();
    }

    private Set<String> graphs() {
        Set<String> out = new TreeSet<>();
        for (DatasetGraph d : List.of(before, after)) {
            d.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(iris.graph(""))) {
                    out.add(n.getURI());
                }
            });
        }
        return out;
    }

    /** The statements of each claim of {@code graph}: those about the claim and its sub-nodes. */
    private static Map<String, Set<Triple>> claims(DatasetGraph d, String graph) {
        Map<String, Set<Triple>> out = new TreeMap<>();
        Graph g = d.getGraph(NodeFactory.createURI(graph));
        g.find().forEachRemaining(t -> {
            String claim = t.getSubject().isURI() ? IriScheme.anyClaimOf(t.getSubject().getURI()) : null;
            if (claim != null) {
                out.computeIfAbsent(claim, k -> new HashSet<>()).add(t);
            }
        });
        return out;
    }

    /** The source's claims with what their titles name: entities' and concepts' labels. */
    private Model labelled(DatasetGraph d, String graph) {
        Model m = ModelFactory.createDefaultModel();
        for (String name : List.of(graph, iris.graph("entities"), iris.graph("ontology"))) {
            d.getGraph(NodeFactory.createURI(name)).find().forEachRemaining(m.getGraph()::add);
        }
        return m;
    }

    private static String title(Model m, String claim) {
        return ClaimWords.title(m, m.createResource(claim));
    }

    private String sourceTitle(String source) {
        Node s = NodeFactory.createURI(iris.source(source));
        for (DatasetGraph d : List.of(after, before)) {
            var it = d.find(NodeFactory.createURI(iris.graph("sources")), s, DCTerms.title.asNode(), Node.ANY);
            if (it.hasNext()) {
                Quad q = it.next();
                return q.getObject().getLiteralLexicalForm();
            }
        }
        return source;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
