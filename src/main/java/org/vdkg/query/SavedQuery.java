package org.vdkg.query;

import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One saved query of the catalogue: its id (the file name without {@code .rq}), the header lines and the SPARQL text.
 *
 * @param id the file name without the {@code .rq} extension
 * @param file the {@code .rq} file
 * @param question the plain-language question of the {@code # Question:} header line, or empty
 * @param shows the technique of the {@code # Shows:} header line, or empty
 * @param sources the evidence of the {@code # Sources:} header line, or empty
 * @param text the whole file, header comments included
 */
public record SavedQuery(String id, Path file, String question, String shows, String sources, String text) {

    /** Parses the SPARQL text; throws {@link org.apache.jena.query.QueryParseException} if it is not valid. */
    public Query parse() {
        return QueryFactory.create(text);
    }

    /** Whether all three header lines are present and not blank. */
    public boolean hasHeader() {
        return !question.isBlank() && !shows.isBlank() && !sources.isBlank();
    }
}
