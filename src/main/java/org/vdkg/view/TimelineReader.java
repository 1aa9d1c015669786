package org.vdkg.view;

import java.util.concurrent.TimeUnit;
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
import org.vdkg.web.Precomputed;

/**
 * Reads the dated claims as timeline events: each with its earliest and latest bounds (either may be open), its
 * stated date form, its kind, the names of the entities it links, and its title, date and evidence in words
 * ({@link ClaimJson}), for the {@code /timeline} view.
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
        try (QueryExecution qe = QueryExecution.model(data).query(DATED)
                .timeout(Precomputed.QUERY_MINUTES, TimeUnit.MINUTES).build()) {
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
                // The claim in words with its evidence, for labels and the details of a bar.
                ClaimJson.of(data, claim).forEach((k, v) -> {
                    if (!e.hasKey(k)) {
                        e.put(k, v);
                    }
                });
                events.add(e);
            }
        }
        JsonObject o = new JsonObject();
        o.put("events", events);
        return o;
    }
}
