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
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.vdkg.problem.UserException;

/**
 * Exports the actor network (or, for GeoJSON, the located places) of a built database in a graph tool's format,
 * optionally restricted to the answer of a query: a CONSTRUCT or DESCRIBE (its statements linking two IRIs are the
 * edges) or a SELECT (each row whose first two columns are IRIs is an edge from the first to the second; a third
 * column names the relation, by a property IRI or a plain name).
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
     * @param selection a CONSTRUCT, DESCRIBE or SELECT query whose answer picks the edges (or places); null for all
     */
    public static Result export(Dataset dataset, NetworkFormat format, Query selection, OutputStream out) {
        if (selection != null && selection.isSelectType() && selection.getResultVars().size() < 2) {
            throw new UserException("--query with a SELECT needs at least two columns (edge source and target IRIs, then "
                    + "optionally the relation), not " + selection.getResultVars().size());
        }
        if (selection != null && !selection.isConstructType() && !selection.isDescribeType() && !selection.isSelectType()) {
            throw new UserException("--query needs a CONSTRUCT or DESCRIBE query (its answer is the graph to export) or a "
                    + "SELECT whose first two columns are the IRIs of each edge's source and target, not "
                    + selection.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            Model union = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
            Model only = null;
            List<NetworkReader.Link> links = null;
            List<String> notes = new ArrayList<>();
            if (selection != null) {
                try (QueryExecution qe = QueryExecution.create(selection, union)) {
                    if (selection.isSelectType()) {
                        links = links(qe.execSelect(), notes);
                        only = ModelFactory.createDefaultModel();
                        for (NetworkReader.Link l : links) {
                            only.add(l.source(), RDFS.seeAlso, l.target());
                        }
                    } else {
                        only = selection.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    }
                }
            }
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
                ActorNetwork net = only == null ? reader.read() : links != null ? reader.read(links) : reader.read(only);
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

    /**
     * The links of a SELECT answer: per row, the first two columns' IRIs and the relation of the third column (a
     * property IRI, or a literal's text as the type name; "linked" without one). Rows without two IRIs are counted
     * in a note, not guessed at.
     */
    private static List<NetworkReader.Link> links(ResultSet rows, List<String> notes) {
        List<String> vars = rows.getResultVars();
        List<NetworkReader.Link> links = new ArrayList<>();
        int skipped = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            RDFNode s = row.get(vars.get(0));
            RDFNode o = row.get(vars.get(1));
            RDFNode how = vars.size() > 2 ? row.get(vars.get(2)) : null;
            if (s == null || o == null || !s.isURIResource() || !o.isURIResource()) {
                skipped++;
            } else if (how != null && how.isURIResource()) {
                links.add(NetworkReader.Link.of(s.asResource(), how.asResource().getURI(), o.asResource()));
            } else {
                String type = how != null && how.isLiteral() && !how.asLiteral().getLexicalForm().isBlank()
                        ? how.asLiteral().getLexicalForm().strip() : "linked";
                links.add(new NetworkReader.Link(s.asResource(), null, type, o.asResource()));
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " row(s) of the answer were left out: their first two columns (?" + vars.get(0) + ", ?"
                    + vars.get(1) + ") are not both IRIs");
        }
        return links;
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
