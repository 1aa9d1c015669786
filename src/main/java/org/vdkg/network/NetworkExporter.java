package org.vdkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.vdkg.problem.UserException;

/**
 * Exports the actor network (or, for GeoJSON, the located places) of a built database in a graph tool's format,
 * optionally restricted to the answer of a CONSTRUCT or DESCRIBE query.
 */
public final class NetworkExporter {

    /** What an export wrote: counts and notes for the user (e.g. that no place has coordinates). */
    public record Result(int nodes, int edges, List<String> notes) {
    }

    private NetworkExporter() {
    }

    /**
     * Writes {@code format} to {@code out}.
     *
     * @param selection a CONSTRUCT or DESCRIBE query whose answer picks the edges (or places); null for all
     */
    public static Result export(Dataset dataset, NetworkFormat format, Query selection, OutputStream out) {
        if (selection != null && !selection.isConstructType() && !selection.isDescribeType()) {
            throw new UserException("--query needs a CONSTRUCT or DESCRIBE query (its answer is the graph to export), not "
                    + selection.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            Model union = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
            Model only = null;
            if (selection != null) {
                try (QueryExecution qe = QueryExecution.create(selection, union)) {
                    only = selection.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                }
            }
            List<String> notes = new ArrayList<>();
            try {
                if (format == NetworkFormat.GEOJSON) {
                    int n = GeoJsonWriter.write(union, only, out);
                    if (n == 0) {
                        notes.add("no place " + (only == null ? "in the data" : "in the query's answer") + " has coordinates "
                                + "(geo:lat/geo:long, from data/gazetteer.yaml), so the GeoJSON FeatureCollection is empty; "
                                + "coordinates are never guessed");
                    }
                    return new Result(n, 0, notes);
                }
                NetworkReader reader = new NetworkReader(union);
                ActorNetwork net = only == null ? reader.read() : reader.read(only);
                if (only != null && net.edges().isEmpty()) {
                    notes.add("the query's answer links no two IRIs, so the network is empty");
                }
                format.writer().write(net, out);
                out.flush();
                return new Result(net.nodes().size(), net.edges().size(), notes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        });
    }

    /** The whole actor network of a dataset (all graphs), as the {@code /graph} view shows it. */
    public static ActorNetwork network(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new NetworkReader(
                ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph())).read());
    }

    /** The located places of a dataset (all graphs) as a GeoJSON FeatureCollection, as the {@code /map} view shows them. */
    public static String geoJson(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> GeoJsonWriter.collection(
                ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph()), null).toString());
    }

    /** Cytoscape.js JSON of a network. */
    public static String cytoscapeJson(ActorNetwork network) {
        return CytoscapeJsonWriter.toJson(network).toString();
    }
}
