package org.vdkg.network;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Writes places that have WGS84 coordinates in the data ({@code geo:lat}, {@code geo:long}), and the claims located
 * at them, as a GeoJSON FeatureCollection. Coordinates are only ever the data's own: a place without them is left
 * out, never placed by guess, so a graph without coordinates gives a valid, empty collection.
 */
final class GeoJsonWriter {

    private static final String PLACES = """
            PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?p ?lat ?long (SAMPLE(?l) AS ?label) WHERE {
              ?p geo:lat ?lat ; geo:long ?long .
              OPTIONAL { ?p rdfs:label ?l FILTER (langMatches(lang(?l), "en")) }
            } GROUP BY ?p ?lat ?long ORDER BY ?p""";
    private static final String EVENTS = """
            PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            SELECT ?claim ?p ?lat ?long ?earliest ?latest ?edtf WHERE {
              ?claim vdkg:place ?p . ?p geo:lat ?lat ; geo:long ?long .
              OPTIONAL { ?claim vdkg:earliest ?earliest } OPTIONAL { ?claim vdkg:latest ?latest }
              OPTIONAL { ?claim vdkg:edtf ?edtf }
            } ORDER BY ?claim""";

    private GeoJsonWriter() {
    }

    /**
     * Writes the collection and returns how many features it holds.
     *
     * @param data the union of all graphs, for labels and claims
     * @param only when not null, only places that occur in this graph (a query's answer) are kept
     */
    static int write(Model data, Model only, OutputStream out) {
        JsonArray features = new JsonArray();
        try (QueryExecution qe = QueryExecution.create(PLACES, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (!keep(row, only)) {
                    continue;
                }
                String iri = row.getResource("p").getURI();
                JsonObject props = new JsonObject();
                props.put("kind", "place");
                props.put("id", NetworkReader.nodeId(iri));
                props.put("iri", iri);
                putIf(props, "path", NetworkReader.path(iri));
                props.put("label", row.contains("label") ? row.getLiteral("label").getString() : NetworkReader.nodeId(iri));
                feature(features, row, props);
            }
        }
        try (QueryExecution qe = QueryExecution.create(EVENTS, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (!keep(row, only)) {
                    continue;
                }
                JsonObject props = new JsonObject();
                props.put("kind", "event");
                props.put("iri", row.getResource("claim").getURI());
                props.put("place", row.getResource("p").getURI());
                for (String v : new String[] {"earliest", "latest", "edtf"}) {
                    if (row.contains(v)) {
                        props.put(v, row.getLiteral(v).getLexicalForm());
                    }
                }
                feature(features, row, props);
            }
        }
        JsonObject fc = new JsonObject();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        JSON.write(out, fc);
        return features.size();
    }

    private static boolean keep(QuerySolution row, Model only) {
        return only == null || only.containsResource(row.getResource("p"));
    }

    private static void feature(JsonArray features, QuerySolution row, JsonObject props) {
        JsonObject geometry = new JsonObject();
        geometry.put("type", "Point");
        JsonArray coords = new JsonArray();
        // GeoJSON order is longitude, latitude.
        coords.add(number(row.get("long")));
        coords.add(number(row.get("lat")));
        geometry.put("coordinates", coords);
        JsonObject f = new JsonObject();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", props);
        features.add(f);
    }

    private static JsonNumber number(RDFNode n) {
        return JsonNumber.value(Double.parseDouble(n.asLiteral().getLexicalForm()));
    }

    private static void putIf(JsonObject o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }
}
