package org.vdkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.problem.UserException;
import org.vdkg.store.SearchIndexConfig;

/**
 * Reads a Fuseki assembler file (normally {@code fuseki-config/vdkg.ttl}) and adapts it to this
 * run: every {@code tdb2:location} becomes the database directory and the server's
 * {@code arq:queryTimeout} becomes the requested timeout. Nothing else is changed, so the served
 * endpoints are exactly those of the file.
 */
public final class ServerConfig {

    static final String QUERY_TIMEOUT = "arq:queryTimeout";

    private ServerConfig() {
    }

    public static Model load(Path configFile, Path db, long timeoutMillis) {
        if (!Files.isRegularFile(configFile)) {
            throw new UserException("no Fuseki configuration at " + configFile);
        }
        Model m;
        try {
            m = RDFDataMgr.loadModel(configFile.toAbsolutePath().toString());
        } catch (RiotException e) {
            throw new UserException(configFile + ": " + e.getMessage(), e);
        }
        relocate(m, db);
        setQueryTimeout(m, timeoutMillis);
        return m;
    }

    /** Points every TDB2 dataset of {@code m} at {@code db}, and its text index at {@code db/text}. */
    public static void relocate(Model m, Path db) {
        Property location = VocabTDB2.pLocation;
        List<Statement> stmts = m.listStatements(null, location, (RDFNode) null).toList();
        if (stmts.isEmpty()) {
            throw new UserException("the Fuseki configuration has no tdb2:location to point at the database");
        }
        for (Statement st : stmts) {
            st.changeObject(db.toAbsolutePath().normalize().toString());
        }
        SearchIndexConfig.relocate(m, db);
    }

    /** Sets {@code arq:queryTimeout} in the context of the {@code fuseki:Server}, adding it when absent. */
    static void setQueryTimeout(Model m, long timeoutMillis) {
        Property context = JA.context;
        Property cxtName = JA.cxtName;
        Property cxtValue = JA.cxtValue;
        List<Resource> servers = m.listSubjectsWithProperty(RDF.type, FusekiVocab.tServer).toList();
        if (servers.isEmpty()) {
            throw new UserException("the Fuseki configuration has no fuseki:Server");
        }
        for (Resource server : servers) {
            boolean found = false;
            for (Statement c : server.listProperties(context).toList()) {
                Resource item = c.getResource();
                if (item.hasLiteral(cxtName, QUERY_TIMEOUT)) {
                    item.removeAll(cxtValue);
                    item.addProperty(cxtValue, Long.toString(timeoutMillis));
                    found = true;
                }
            }
            if (!found) {
                Resource item = m.createResource();
                item.addProperty(cxtName, QUERY_TIMEOUT).addProperty(cxtValue, Long.toString(timeoutMillis));
                server.addProperty(context, item);
            }
        }
    }
}
