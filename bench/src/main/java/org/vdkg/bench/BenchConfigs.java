package org.vdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The assembler files of the bench: the shipped shape (TDB2, union default graph), which both servers run, and the
 * stock server's RDFS reference: as default graph Jena's RDFS rule reasoner over the union graph, and every named
 * graph of the database kept as it is, so that the saved queries' {@code GRAPH} blocks still find their graphs.
 */
final class BenchConfigs {

    private BenchConfigs() {
    }

    /** @param graphs the database's named graphs (the RDFS dataset names each one); unused for the plain file */
    static Path write(Path dir, Path db, boolean rdfs, long timeoutMillis, List<String> graphs) {
        String location = db.toAbsolutePath().normalize().toString().replace("\\", "/").replace("\"", "\\\"");
        String dataset = rdfs
                ? """
                  :dataset a ja:RDFDataset ; ja:defaultGraph :inf .
                  %s
                  :inf a ja:InfModel ;
                      ja:reasoner [ ja:reasonerURL <http://jena.hpl.hp.com/2003/RDFSExptRuleReasoner> ] ;
                      ja:baseModel :union .
                  # Spelled out: without it the assembler cannot tell which of the two types builds :union.
                  tdb2:GraphTDB2 rdfs:subClassOf ja:Model .
                  :union a tdb2:GraphTDB2 ; tdb2:dataset :tdb ; tdb2:graphName <urn:x-arq:UnionGraph> .
                  :tdb a tdb2:DatasetTDB2 ; tdb2:location "%s" .
                  """.formatted(namedGraphs(graphs), location)
                : """
                  :dataset a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                  """.formatted(location);
        String text = """
                PREFIX :        <#>
                PREFIX fuseki:  <http://jena.apache.org/fuseki#>
                PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX ja:      <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX tdb2:    <http://jena.apache.org/2016/tdb#>
                :server a fuseki:Server ;
                    ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] ;
                    fuseki:services ( :service ) .
                :service a fuseki:Service ; fuseki:name "vdkg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset :dataset .
                """.formatted(timeoutMillis) + dataset;
        Path file = dir.resolve(rdfs ? "bench-rdfs.ttl" : "bench-plain.ttl");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String namedGraphs(List<String> graphs) {
        StringBuilder sb = new StringBuilder();
        for (String g : graphs) {
            sb.append(":dataset ja:namedGraph [ ja:graphName <").append(g).append("> ;\n    ja:graph [ a tdb2:GraphTDB2 ;")
                    .append(" tdb2:dataset :tdb ; tdb2:graphName <").append(g).append("> ] ] .\n");
        }
        return sb.toString();
    }
}
