package org.vdkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

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

    /** The {@code text:TextIndexLucene} of the file, if it declares one. */
    public static Optional<Resource> luceneIndex(Model m) {
        List<Resource> r = m.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).toList();
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }
}
