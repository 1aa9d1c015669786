package org.vdkg.network;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * Writes the places that have WGS84 coordinates ({@code geo:lat}, {@code geo:long}, copied from a gazetteer record)
 * as a GeoJSON FeatureCollection: one Point feature per place, with its names, its gazetteer record and the claims
 * at it. A claim is at a place when it (or one of its sub-nodes) names the place, or names a place that lies within
 * it by a location claim (then it says through which). A place without coordinates is left out, never placed by guess.
 */
final class GeoJsonWriter {

    private static final String PLACES = """
            PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX vdkg: <https://w3id.org/vdkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?p ?lat ?long (SAMPLE(?g) AS ?geonames) (SAMPLE(?rec) AS ?record) (SAMPLE(?rn) AS ?recordName)
                   (SAMPLE(?cc) AS ?country) (SAMPLE(?fc) AS ?feature) (SAMPLE(?ds) AS ?dataset)
                   (SAMPLE(?dsl) AS ?datasetLabel) (SAMPLE(?lic) AS ?licence) WHERE {
              ?p geo:lat ?lat ; geo:long ?long .
              FILTER NOT EXISTS { ?p a vdkg:GazetteerRecord }
              OPTIONAL { ?p vdkg:geonamesId ?g }
              OPTIONAL {
                ?p vdkg:coordinatesFrom ?rec .
                OPTIONAL { ?rec rdfs:label ?rn } OPTIONAL { ?rec vdkg:countryCode ?cc } OPTIONAL { ?rec vdkg:featureCode ?fc }
                OPTIONAL { ?rec prov:wasDerivedFrom ?ds . OPTIONAL { ?ds rdfs:label ?dsl } OPTIONAL { ?ds dcterms:license ?lic } }
              }
            } GROUP BY ?p ?lat ?long ORDER BY ?p""";

    private final Model data;
    private final NetworkReader reader;

    private GeoJsonWriter(Model data) {
        this.data = data;
        this.reader = new NetworkReader(data);
    }

    /**
     * Writes the collection and returns how many features (places) it holds.
     *
     * @param data the union of all graphs, for names and claims
     * @param only when not null, only places that occur in this graph (a query's answer) are kept
     */
    static int write(Model data, Model only, OutputStream out) {
        JsonObject fc = new GeoJsonWriter(data).collection(only);
        JSON.write(out, fc);
        return fc.get("features").getAsArray().size();
    }

    /** The FeatureCollection of all located places (or of those in {@code only}). */
    static JsonObject collection(Model data, Model only) {
        return new GeoJsonWriter(data).collection(only);
    }

    private JsonObject collection(Model only) {
        JsonArray features = new JsonArray();
        Map<String, String> attributions = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.create(PLACES, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Resource place = row.getResource("p");
                if (only != null && !only.containsResource(place)) {
                    continue;
                }
                features.add(feature(place, row));
                if (row.contains("datasetLabel") && row.contains("licence")) {
                    attributions.put(row.getLiteral("datasetLabel").getString(), row.getResource("licence").getURI());
                }
            }
        }
        JsonObject fc = new JsonObject();
        fc.put("type", "FeatureCollection");
        // A foreign member: the gazetteer releases the coordinates come from, with their licences (CC BY asks for it).
        JsonArray sources = new JsonArray();
        attributions.forEach((label, licence) -> {
            JsonObject s = new JsonObject();
            s.put("coordinates", "GeoNames via " + label);
            s.put("licence", licence);
            sources.add(s);
        });
        fc.put("sources", sources);
        fc.put("features", features);
        return fc;
    }

    private JsonObject feature(Resource place, QuerySolution row) {
        ActorNetwork.Node node = reader.node(place);
        JsonObject props = new JsonObject();
        props.put("kind", "place");
        props.put("id", node.id());
        props.put("iri", node.iri());
        putIf(props, "path", node.path());
        props.put("label", node.label());
        props.put("type", node.type());
        JsonObject labels = new JsonObject();
        node.labels().forEach(labels::put);
        props.put("labels", labels);
        putIf(props, "wikidata", node.wikidata());
        putIf(props, "wikidata_close", node.wikidataClose());
        if (row.contains("geonames")) {
            props.put("geonamesId", row.getLiteral("geonames").getString());
        }
        if (row.contains("record")) {
            JsonObject g = new JsonObject();
            g.put("record", row.getResource("record").getURI());
            text(g, "name", row, "recordName");
            text(g, "country", row, "country");
            text(g, "featureCode", row, "feature");
            text(g, "dataset", row, "datasetLabel");
            if (row.contains("licence")) {
                g.put("licence", row.getResource("licence").getURI());
            }
            props.put("gazetteer", g);
        }
        JsonArray claims = claims(place);
        props.put("claimCount", claims.size());
        props.put("claims", claims);

        JsonObject geometry = new JsonObject();
        geometry.put("type", "Point");
        JsonArray coords = new JsonArray();
        // GeoJSON order is longitude, latitude.
        coords.add(number(row.get("long")));
        coords.add(number(row.get("lat")));
        geometry.put("coordinates", coords);
        JsonObject f = new JsonObject();
        f.put("type", "Feature");
        f.put("id", node.id());
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }

    /** The claims at {@code place}: naming it, or naming a place within it (derived vdkg:locatedIn). */
    private JsonArray claims(Resource place) {
        Map<String, ClaimAt> byClaim = new TreeMap<>();
        List<Resource> targets = new ArrayList<>(List.of(place));
        data.listSubjectsWithProperty(VDKG.locatedIn, place).forEachRemaining(r -> {
            if (r.isURIResource() && !targets.contains(r)) {
                targets.add(r);
            }
        });
        for (Resource target : targets) {
            for (Statement st : data.listStatements(null, null, target).toList()) {
                String claimIri = st.getSubject().isURIResource() ? IriScheme.anyClaimOf(st.getSubject().getURI()) : null;
                if (claimIri == null || !data.contains(data.createResource(claimIri), RDF.type, VDKG.Claim)) {
                    continue;
                }
                String role = ClaimSummary.label(data, st.getPredicate(), st.getPredicate().getLocalName());
                ClaimAt at = byClaim.computeIfAbsent(claimIri, ClaimAt::new);
                (target.equals(place) ? at.roles : at.via.computeIfAbsent(target.getURI(), k -> new TreeSet<>())).add(role);
            }
        }
        JsonArray out = new JsonArray();
        for (ClaimAt at : byClaim.values()) {
            Resource claim = data.createResource(at.iri);
            JsonObject c = new JsonObject();
            c.put("id", at.iri.substring(at.iri.indexOf("/id/claim/") + "/id/claim/".length()));
            c.put("iri", at.iri);
            c.put("path", NetworkReader.path(at.iri));
            c.put("title", ClaimSummary.title(data, claim));
            Resource kind = ClaimSummary.kind(data, claim);
            c.put("kind", kind == null ? "Claim" : kind.getLocalName());
            JsonArray roles = new JsonArray();
            at.roles.forEach(roles::add);
            c.put("roles", roles);
            if (!at.via.isEmpty()) {
                JsonArray via = new JsonArray();
                at.via.forEach((iri, viaRoles) -> {
                    JsonObject v = new JsonObject();
                    Resource inner = data.createResource(iri);
                    v.put("id", NetworkReader.nodeId(iri));
                    v.put("label", ClaimSummary.label(data, inner, NetworkReader.nodeId(iri)));
                    putIf(v, "path", NetworkReader.path(iri));
                    JsonArray vr = new JsonArray();
                    viaRoles.forEach(vr::add);
                    v.put("roles", vr);
                    via.add(v);
                });
                c.put("via", via);
            }
            out.add(c);
        }
        return out;
    }

    /** How one claim is at a place: its roles there, and the places within it that it names. */
    private static final class ClaimAt {
        final String iri;
        final Set<String> roles = new TreeSet<>();
        final Map<String, Set<String>> via = new TreeMap<>();

        ClaimAt(String iri) {
            this.iri = iri;
        }
    }

    private static JsonNumber number(RDFNode n) {
        return JsonNumber.value(Double.parseDouble(n.asLiteral().getLexicalForm()));
    }

    private static void text(JsonObject o, String key, QuerySolution row, String var) {
        if (row.contains(var)) {
            o.put(key, row.getLiteral(var).getString());
        }
    }

    private static void putIf(JsonObject o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }
}
