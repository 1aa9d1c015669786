package org.vdkg.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.vdkg.vocab.VDKG;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.web.Html;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * The home page ({@code /} for browsers): what the dataset is, its counts, a search box and the ways in (explore,
 * network, timeline, map, query, saved questions, downloads, reconciliation). Its counts are made once per server
 * start ({@link #counted}), not per request.
 */
final class HomePage {

    /** The figures of the page and the sources it names, as read once from the database. */
    record Counts(long triples, long claims, long entities, List<Source> sources) {
    }

    /** A source article: its page and its title. */
    record Source(String href, String title) {
    }

    private static final String CLAIMS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            // The few claim classes first, then their members: the other order reads every typed node's class path.
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?k rdfs:subClassOf* <" + VDKG.Claim.getURI() + "> . ?c a ?k }";

    private HomePage() {
    }

    /** Reads the counts; call inside a read transaction. */
    static Counts counted(ServedDataset data, DatasetGraph dsg, String root) {
        Model v = DatasetDescription.build(data, dsg, root);
        Resource ds = v.createResource(data.iris().base());
        Names names = new Names(v, ModelFactory.createModelForGraph(dsg.getUnionGraph()));
        List<Source> sources = v.listObjectsOfProperty(ds, DCTerms.source).toList().stream()
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                .map(iri -> new Source(data.iris().href(iri), names.name(iri)))
                .sorted(Comparator.comparing(Source::title)).toList();
        long claims;
        try (QueryExecution qe = QueryExecution.model(ServedDataset.union(dsg)).query(CLAIMS)
                .timeout(Precomputed.QUERY_MINUTES, TimeUnit.MINUTES).build()) {
            claims = qe.execSelect().next().getLiteral("n").getLong();
        }
        return new Counts(number(v, ds, VOID.triples.getURI()), claims,
                number(v, ds, VOID.entities.getURI()), sources);
    }

    private static long number(Model v, Resource ds, String property) {
        return v.listObjectsOfProperty(ds, v.createProperty(property)).toList().stream().filter(RDFNode::isLiteral)
                .mapToLong(n -> n.asLiteral().getLong()).findFirst().orElse(0);
    }

    static String render(Counts c, String sparqlPath) {
        Html h = new Html("Home");
        h.element("h1", "vdkg");
        h.element("p", DatasetDescription.TITLE.replaceFirst("^vdkg: a", "A") + ".");
        h.element("p", DatasetDescription.DESCRIPTION);
        h.raw("<ul class=\"counts\">\n");
        count(h, c.triples(), "triples");
        count(h, c.claims(), "claims");
        count(h, c.entities(), "entities");
        count(h, c.sources().size(), "sources");
        h.raw("</ul>\n<form class=\"big\" method=\"get\" action=\"/search\" role=\"search\"><label>Search names in every "
                + "language and spelling <input type=\"search\" name=\"q\"></label> <button type=\"submit\">Search</button></form>\n");

        h.element("h2", "Ways in");
        h.raw("<ul class=\"ways\">\n");
        way(h, "/explore", "Explore", "Browse the claims by kind, actor, place, time and source; read them in words.");
        way(h, "/graph", "Network", "Who aided, trained, visited or allied with whom, as a network you can filter by years.");
        way(h, "/timeline", "Timeline", "The dated claims on a time axis.");
        way(h, "/map", "Map", "The places that have coordinates, with the claims that happened there.");
        way(h, "/query", "Query", "Write SPARQL in the browser, with the project's prefixes and the saved questions as examples.");
        way(h, "/queries", "Saved questions", "The questions the saved queries answer, each ready to run or download.");
        way(h, "/dumps/", "Downloads", "The whole dataset as TriG, N-Quads, JSON-LD or Turtle.");
        way(h, "/reconcile", "Reconciliation", "An OpenRefine reconciliation service for matching your names to vdkg's entities.");
        way(h, "/about", "About the dataset", "The dataset description, its licences and an index of every entity.");
        way(h, "/ontology", "Ontology", "The classes and properties of the model.");
        h.raw("</ul>\n");
        h.raw("<p>SPARQL endpoint: ").link(sparqlPath, sparqlPath).raw(" (read only).</p>\n");

        h.element("h2", "Sources");
        h.raw("<ul>\n");
        for (Source s : c.sources()) {
            h.raw("<li>").link(s.href(), s.title()).raw("</li>\n");
        }
        h.raw("</ul>\n");
        h.element("h2", "Licence");
        h.raw("<p>Data: ").link(DatasetDescription.DATA_LICENCE, "Creative Commons Attribution 4.0 International (CC BY 4.0)")
         .raw("; software: ").link(DatasetDescription.CODE_LICENCE, "Apache License 2.0").raw(".</p>\n");
        return h.finish();
    }

    private static void count(Html h, long n, String what) {
        h.raw("<li><b>").text(String.format(Locale.ROOT, "%,d", n)).raw("</b>").text(what).raw("</li>\n");
    }

    private static void way(Html h, String href, String title, String what) {
        h.raw("<li>").link(href, title).raw("<br>").text(what).raw("</li>\n");
    }
}
