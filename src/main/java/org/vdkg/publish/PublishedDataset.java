package org.vdkg.publish;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the linked-data servlets read: the served dataset (looked up lazily, because Fuseki opens it only
 * when the server is built), the base IRI mapping and the path of the SPARQL endpoint.
 *
 * @param iris the base IRI mapping
 * @param dataset the served dataset
 * @param sparqlPath the SPARQL query endpoint's path, e.g. {@code /vdkg/sparql}
 * @param publicRoot the server's public root URL ({@code serve --public-url}), ending with {@code /}: the start of
 *        every absolute URL the pages and descriptions name, never taken from the request's {@code Host}
 */
public record PublishedDataset(IriMap iris, Supplier<DatasetGraph> dataset, Supplier<String> sparqlPath,
        Supplier<String> publicRoot) {

    /** Runs {@code work} in a read transaction; it must copy out what it keeps. */
    public <T> T read(Function<DatasetGraph, T> work) {
        DatasetGraph dsg = dataset.get();
        return Txn.calculateRead(dsg, () -> work.apply(dsg));
    }

    /** The union of the named graphs, for use inside {@link #read}. */
    static Model union(DatasetGraph dsg) {
        return ModelFactory.createModelForGraph(dsg.getUnionGraph());
    }

    /** A named graph, for use inside {@link #read}. */
    Model graph(DatasetGraph dsg, String localName) {
        return ModelFactory.createModelForGraph(dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.base() + "graph/" + localName)));
    }
}
