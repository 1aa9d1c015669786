package org.vdkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.vdkg.validate.Problem;

/**
 * Reads {@code ontology/} and {@code data/}, validates them and maps them to an in-memory RDF
 * dataset of named graphs (see docs/model.md). It never touches a database.
 */
public final class CurationPipeline {

    /** The default base IRI of every IRI vdkg mints. */
    public static final String DEFAULT_BASE = "https://w3id.org/vdkg/";

    private CurationPipeline() {
    }

    // PLACEHOLDER until the loader lands: loads the ontology only.
    public static CurationResult run(ProjectLayout layout, String baseIri) {
        Dataset ds = DatasetFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        Model onto = ds.getNamedModel(baseIri + "graph/ontology");
        try (Stream<Path> files = Files.list(layout.ontologyDir())) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted()
                 .forEach(p -> RDFDataMgr.read(onto, p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CurationResult(ds, problems);
    }
}
