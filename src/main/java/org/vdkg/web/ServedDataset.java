package org.vdkg.web;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.vdkg.vocab.IriScheme;

/**
 * What every page of the site reads: the dataset the server serves (the first of its configuration), the base IRI
 * mapping, the path of the SPARQL endpoint and the server's public root URL. The one way to reach the served data,
 * made once the server's datasets are configured (see {@link FeatureModule}).
 *
 * @param iris the base IRI mapping
 * @param dataset the served dataset, or null when the server serves none
 * @param sparqlPath the SPARQL query endpoint's path, e.g. {@code /vdkg/sparql}, or null without one
 * @param publicRoot the server's public root URL ({@code serve --public-url}), ending with {@code /}; asked for at
 *        request time, since the port may be known only once the server listens
 * @param writable whether the server can change the data (an update or graph-store write endpoint, as with
 *        {@code serve --allow-update}); if not, what is read from it stays true while it is served (see {@link Precomputed})
 */
public record ServedDataset(IriScheme iris, DatasetGraph dataset, String sparqlPath, Supplier<String> publicRoot,
        boolean writable) {

    /** The first dataset of {@code registry} and its SPARQL endpoint. */
    public static ServedDataset of(DataAccessPointRegistry registry, IriScheme iris, Supplier<String> publicRoot) {
        DatasetGraph dsg = registry.accessPoints().isEmpty() ? null
                : registry.accessPoints().get(0).getDataService().getDataset();
        boolean writable = registry.accessPoints().stream().map(DataAccessPoint::getDataService)
                .anyMatch(s -> !s.getEndpoints(Operation.Update).isEmpty() || !s.getEndpoints(Operation.GSP_RW).isEmpty());
        return new ServedDataset(iris, dsg, sparqlPath(registry), publicRoot, writable);
    }

    /**
     * The root URL every absolute URL of the pages and descriptions starts with, e.g. {@code https://vdkg.example.org/}:
     * configured, never taken from a request, whose {@code Host} header is whatever the client chose to send.
     */
    public String root() {
        return publicRoot.get();
    }

    /** The path of the first SPARQL query endpoint of {@code registry} ({@code /vdkg/sparql} with the shipped file), or null. */
    public static String sparqlPath(DataAccessPointRegistry registry) {
        for (DataAccessPoint dap : registry.accessPoints()) {
            for (Endpoint ep : dap.getDataService().getEndpoints(Operation.Query)) {
                return dap.getName() + (ep.getName().isEmpty() ? "" : "/" + ep.getName());
            }
        }
        return null;
    }

    /** Runs {@code work} in a read transaction; it must copy out what it keeps. */
    public <T> T read(Function<DatasetGraph, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    /** The union of the named graphs, for use inside {@link #read}. */
    public static Model union(DatasetGraph dsg) {
        return ModelFactory.createModelForGraph(dsg.getUnionGraph());
    }

    /** A named graph, for use inside {@link #read}. */
    public Model graph(DatasetGraph dsg, String localName) {
        return ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(iris.graph(localName))));
    }
}
