package org.vdkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;
import org.vdkg.store.SearchIndexConfig;

/**
 * Writes the Lucene index of a database being built, from the index description of the Fuseki
 * assembler file (analyzer and entity map come from that one place, so the index written here is
 * the index the server queries).
 */
public final class SearchIndexBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexBuilder.class);

    private SearchIndexBuilder() {
    }

    /**
     * Indexes the literals of every mapped predicate of {@code graphs} into {@code db/text}.
     *
     * @param configFile the Fuseki assembler file; nothing is indexed when it is absent or declares no Lucene index
     * @param db the database directory being built
     * @return the number of literals indexed, or empty when there is no index to build
     */
    public static Optional<Long> build(Path configFile, Path db, Map<String, Graph> graphs) {
        if (!Files.isRegularFile(configFile)) {
            LOG.debug("no {}: no search index", configFile);
            return Optional.empty();
        }
        JenaSystem.init();
        Model config = RDFDataMgr.loadModel(configFile.toAbsolutePath().toString());
        Optional<Resource> description = SearchIndexConfig.luceneIndex(config);
        if (description.isEmpty()) {
            LOG.warn("{} declares no text:TextIndexLucene: no search index", configFile);
            return Optional.empty();
        }
        SearchIndexConfig.relocate(config, db);
        TextIndex index;
        try {
            index = (TextIndex) Assembler.general().open(description.get());
        } catch (RuntimeException e) {
            // A broken index description is the user's configuration error, not a bug.
            throw new UserException(configFile + ": cannot build the search index it describes: " + e.getMessage(), e);
        }
        long n = 0;
        try {
            EntityDefinition def = index.getDocDef();
            Set<Node> predicates = new HashSet<>();
            for (String field : def.fields()) {
                Collection<Node> ps = def.getPredicates(field);
                if (ps != null) {
                    predicates.addAll(ps);
                }
            }
            // Without a graph field the index does not tell graphs apart: one document per distinct triple.
            Set<Triple> seen = new HashSet<>();
            for (Map.Entry<String, Graph> e : graphs.entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                for (Node p : predicates) {
                    for (Triple t : e.getValue().find(Node.ANY, p, Node.ANY).toList()) {
                        if (!seen.add(t)) {
                            continue;
                        }
                        Entity entity = TextQueryFuncs.entityFromQuad(def, g, t.getSubject(), t.getPredicate(), t.getObject());
                        if (entity != null) {
                            index.addEntity(entity);
                            n++;
                        }
                    }
                }
            }
            index.prepareCommit();
            index.commit();
        } catch (RuntimeException e) {
            try {
                index.rollback();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            // A full or read-only disk is reported by the builder, with the database's name.
            if (e instanceof TextIndexException && StorageFailure.of(e, null, null).isEmpty()) {
                // Analyzers and filters are resolved on first use: an unknown one is a configuration error too.
                throw new UserException(configFile + ": cannot build the search index it describes: " + e.getMessage(), e);
            }
            throw e;
        } finally {
            index.close();
        }
        LOG.info("indexed {} names for search", n);
        return Optional.of(n);
    }
}
