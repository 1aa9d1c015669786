package org.vdkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.problem.UserException;
import org.vdkg.store.SearchIndexConfig;

/**
 * Reads a Fuseki assembler file (normally {@code fuseki-config/vdkg.ttl}) and adapts it to this
 * run: every {@code tdb2:location} becomes the database directory, the server's
 * {@code arq:queryTimeout} becomes the requested timeout and {@code arq:httpServiceAllowed} is
 * {@code false} (also in a configuration that forgot it). Nothing else is changed, so the served
 * endpoints are exactly those of the file.
 */
public final class ServerConfig {

    static final String QUERY_TIMEOUT = "arq:queryTimeout";
    static final String SERVICE_ALLOWED = "arq:httpServiceAllowed";
    /** Settings of the server's context that Fuseki copies into ARQ's process-wide context. */
    static final List<Symbol> GLOBAL_SETTINGS = List.of(ARQ.queryTimeout, Service.httpServiceAllowed);

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
        setServerContext(m, QUERY_TIMEOUT, Long.toString(timeoutMillis));
        setServerContext(m, SERVICE_ALLOWED, "false");
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

    /** Sets {@code name} to {@code value} in the context of the {@code fuseki:Server}, adding it when absent. */
    static void setServerContext(Model m, String name, String value) {
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
                if (item.hasLiteral(cxtName, name)) {
                    item.removeAll(cxtValue);
                    item.addProperty(cxtValue, value);
                    found = true;
                }
            }
            if (!found) {
                Resource item = m.createResource();
                item.addProperty(cxtName, name).addProperty(cxtValue, value);
                server.addProperty(context, item);
            }
        }
    }
}
