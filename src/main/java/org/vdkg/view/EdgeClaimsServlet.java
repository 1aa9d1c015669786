package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.vdkg.network.NetworkReader;
import org.vdkg.network.Relation;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * {@code /graph/edge.json?relation=aid&source=IRI&target=IRI}: the claims one edge of {@code /graph} rests on, in
 * words with their evidence (see {@link ClaimJson}), in order of time. The IRIs are only compared with the data.
 */
final class EdgeClaimsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PARAMETERS = Set.of("relation", "source", "target");
    /** An absolute http(s) IRI without characters an IRI may not hold; long enough for any IRI of the data. */
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]{1,1000}");

    private final transient ServedDataset data;

    EdgeClaimsServlet(ServedDataset data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String[]> params = req.getParameterMap();
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (!PARAMETERS.contains(p.getKey())) {
                bad(resp, "unknown parameter; /graph/edge.json takes relation, source and target");
                return;
            }
            if (p.getValue().length != 1) {
                bad(resp, "give each of relation, source and target once");
                return;
            }
        }
        Optional<Relation> rel = Arrays.stream(Relation.values()).filter(r -> r.type().equals(req.getParameter("relation")))
                .findFirst();
        if (rel.isEmpty()) {
            bad(resp, "relation must be one of " + Arrays.stream(Relation.values()).map(Relation::type).sorted()
                    .collect(Collectors.joining(", ")));
            return;
        }
        String source = req.getParameter("source");
        String target = req.getParameter("target");
        if (source == null || target == null || !IRI.matcher(source).matches() || !IRI.matcher(target).matches()) {
            bad(resp, "source and target must be the IRIs of the edge's two ends (http or https, at most 1000 characters)");
            return;
        }
        if (data.dataset() == null) {
            Responses.jsonError(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        String json = data.read(dsg -> {
            Model union = ServedDataset.union(dsg);
            List<Resource> claims = new NetworkReader(union).claims(rel.get(), source, target).stream()
                    .sorted(Comparator.comparing((Resource c) -> date(union, c), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Resource::getURI))
                    .toList();
            JsonArray out = new JsonArray();
            claims.forEach(c -> out.add(ClaimJson.of(union, c)));
            JsonObject o = new JsonObject();
            o.put("relation", rel.get().type());
            o.put("claims", out);
            return o.toString();
        });
        Responses.json(resp, 200, json);
    }

    private static String date(Model union, Resource claim) {
        Statement st = union.getProperty(claim, VDKG.earliest);
        return st != null && st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : null;
    }

    private static void bad(HttpServletResponse resp, String message) throws IOException {
        Responses.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, message);
    }
}
