package org.vdkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.problem.UserException;

/**
 * Where the Lucene index of an assembler file lives: always the {@code text/} directory inside the
 * TDB2 database directory, so that an atomic build swaps database and index in together.
 */
public final class SearchIndexConfig {

    /** The index directory's name inside the database directory. */
    public static final String DIR = "text";

    private SearchIndexConfig() {
    }

    /** The index directory of the database {@code db}. */
    public static Path indexDir(Path db) {
        return db.resolve(DIR);
    }

    /** Points every on-disk {@code text:directory} of {@code m} at {@code db/text} (an in-memory "mem" index stays). */
    public static void relocate(Model m, Path db) {
        Property directory = TextVocab.pDirectory;
        List<Statement> stmts = m.listStatements(null, directory, (RDFNode) null).toList();
        for (Statement st : stmts) {
            if (st.getObject().isLiteral() && "mem".equals(st.getString())) {
                continue;
            }
            st.changeObject(indexDir(db).toAbsolutePath().normalize().toString());
        }
    }

    /**
     * {@code tdb} with the Lucene index of database {@code db} attached as the assembler file describes it (the
     * same analyzer and entity map the server uses), so that {@code text:query} searches outside the server too;
     * {@code tdb} itself when the file declares no on-disk index.
     *
     * @throws UserException when the file declares an index that the database lacks
     */
    public static Dataset searchable(Dataset tdb, Path configFile, Path db) {
        if (!Files.isRegularFile(configFile)) {
            return tdb;
        }
        Model config;
        try {
            config = RDFDataMgr.loadModel(configFile.toAbsolutePath().toString());
        } catch (RiotException e) {
            throw new UserException(configFile + ": " + e.getMessage(), e);
        }
        Optional<Resource> description = luceneIndex(config);
        if (description.isEmpty()) {
            return tdb;
        }
        if (!Files.isDirectory(indexDir(db))) {
            throw new UserException("the database " + db + " has no search index (" + DIR + "/), which " + configFile
                    + " declares: rebuild it with vdkg build");
        }
        relocate(config, db);
        TextIndex index;
        try {
            index = (TextIndex) Assembler.general().open(description.get());
        } catch (RuntimeException e) {
            throw new UserException(configFile + ": cannot open the search index it describes: " + e.getMessage(), e);
        }
        return TextDatasetFactory.create(tdb, index, true);
    }

    /** The {@code text:TextIndexLucene} of the file, if it declares one. */
    public static Optional<Resource> luceneIndex(Model m) {
        List<Resource> r = m.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).toList();
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }
}
