package org.vdkg.view;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.vdkg.network.ClaimSummary;
import org.vdkg.vocab.IriScheme;

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
                Resource kind = ClaimSummary.kind(data, claim);
                JsonObject e = new JsonObject();
                e.put("id", IriScheme.claimId(claim.getURI()));
                e.put("iri", claim.getURI());
                String path = IriScheme.path(claim.getURI());
                if (path != null) {
                    e.put("path", path);
                }
                e.put("kind", kind == null ? "Claim" : kind.getLocalName());
                e.put("kindLabel", ClaimSummary.kindLabel(data, claim));
                JsonArray names = new JsonArray();
                ClaimSummary.names(data, claim, NAMES).forEach(names::add);
                e.put("names", names);
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
}
