package org.vdkg.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * Reads the dated claims as timeline events: each with its earliest and latest bounds (either may be open), its
 * stated date form, its kind and the names of the entities it links, for the {@code /timeline} view.
 */
final class TimelineReader {

    private static final String DATED = """
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?claim (SAMPLE(?e) AS ?earliest) (SAMPLE(?l) AS ?latest) (SAMPLE(?f) AS ?edtf)
                   (SAMPLE(?t) AS ?text) (SAMPLE(?s) AS ?source) WHERE {
              ?claim prov:wasDerivedFrom/vdkg:source ?s .
              OPTIONAL { ?claim vdkg:earliest ?e }
              OPTIONAL { ?claim vdkg:latest ?l }
              OPTIONAL { ?claim vdkg:edtf ?f }
              OPTIONAL { ?claim vdkg:timeText ?t }
              FILTER (bound(?e) || bound(?l))
            } GROUP BY ?claim ORDER BY ?earliest ?latest ?claim""";
    private static final int NAMES = 4;

    private TimelineReader() {
    }

    static JsonObject read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> read(ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph())));
    }

    static JsonObject read(Model data) {
        JsonArray events = new JsonArray();
        try (QueryExecution qe = QueryExecution.create(DATED, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Resource claim = row.getResource("claim");
                Resource kind = kind(data, claim);
                JsonObject e = new JsonObject();
                e.put("id", IriScheme.claimId(claim.getURI()));
                e.put("iri", claim.getURI());
                String path = IriScheme.path(claim.getURI());
                if (path != null) {
                    e.put("path", path);
                }
                e.put("kind", kind == null ? "Claim" : kind.getLocalName());
                e.put("kindLabel", kind == null ? "claim" : label(data, kind, kind.getLocalName()));
                e.put("names", names(data, claim));
                for (String v : new String[] {"earliest", "latest", "edtf", "text"}) {
                    if (row.contains(v)) {
                        e.put(v, row.getLiteral(v).getLexicalForm());
                    }
                }
                e.put("source", row.getResource("source").getURI().replaceFirst("^.*/", ""));
                events.add(e);
            }
        }
        JsonObject o = new JsonObject();
        o.put("events", events);
        return o;
    }

    /** The claim's own class: a vdkg class other than vdkg:Claim (claims have one such asserted class). */
    private static Resource kind(Model data, Resource claim) {
        List<Resource> kinds = new ArrayList<>();
        for (StmtIterator it = data.listStatements(claim, RDF.type, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(VDKG.NS) && !o.equals(VDKG.Claim)) {
                kinds.add(o.asResource());
            }
        }
        return kinds.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).findFirst().orElse(null);
    }

    /** English names of the entities the claim links directly (donor, recipient, parties...), a few at most. */
    private static JsonArray names(Model data, Resource claim) {
        Set<String> names = new LinkedHashSet<>();
        for (StmtIterator it = data.listStatements(claim, null, (RDFNode) null); it.hasNext() && names.size() < NAMES; ) {
            Statement st = it.next();
            if (st.getPredicate().equals(RDF.type) || !st.getObject().isURIResource()
                    || IriScheme.kind(st.getObject().asResource().getURI()).filter(k -> !k.equals("claim") && !k.equals("concept")).isEmpty()) {
                continue;
            }
            String l = label(data, st.getObject().asResource(), null);
            if (l != null) {
                names.add(l);
            }
        }
        JsonArray a = new JsonArray();
        names.stream().sorted().forEach(a::add);
        return a;
    }

    private static String label(Model data, Resource r, String fallback) {
        for (StmtIterator it = data.listStatements(r, RDFS.label, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isLiteral() && o.asLiteral().getLanguage().equals("en")) {
                return o.asLiteral().getString();
            }
        }
        return fallback;
    }
}
