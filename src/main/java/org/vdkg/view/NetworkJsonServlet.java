package org.vdkg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.vdkg.network.ActorNetwork;
import org.vdkg.network.NetworkExporter;
import org.vdkg.network.Relation;
import org.vdkg.web.Precomputed;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * {@code /graph.json}: the actor network as Cytoscape.js JSON (the same as {@code vdkg export --format cyjs});
 * {@code ?relation=aid,training} keeps only those relation types. The network and its whole JSON are
 * {@link Precomputed}; a selection of relations is cut from the kept network.
 */
final class NetworkJsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient Precomputed<ActorNetwork> network;
    private final transient Precomputed<String> whole;

    NetworkJsonServlet(ServedDataset data) {
        this.data = data;
        this.network = Precomputed.of(data, "graph.json network", dsg -> NetworkExporter.network(DatasetFactory.wrap(dsg)));
        this.whole = Precomputed.of(data, "graph.json", dsg -> NetworkExporter.cytoscapeJson(network.get()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Set<String> known = Arrays.stream(Relation.values()).map(Relation::type).collect(Collectors.toSet());
        String param = req.getParameter("relation");
        List<String> wanted = param == null || param.isBlank() ? null : Arrays.asList(param.split(","));
        if (wanted != null) {
            for (String w : wanted) {
                if (!known.contains(w)) {
                    Responses.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown relation type '" + w
                            + "'; known: " + known.stream().sorted().collect(Collectors.joining(", ")));
                    return;
                }
            }
        }
        if (data.dataset() == null) {
            Responses.jsonError(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server serves no dataset");
            return;
        }
        Responses.json(resp, 200, wanted == null ? whole.get()
                : NetworkExporter.cytoscapeJson(network.get().only(Set.copyOf(wanted))));
    }
}
