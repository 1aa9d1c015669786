package org.vdkg.build;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RiotException;
import org.vdkg.load.CurationPipeline;
import org.vdkg.load.CurationResult;
import org.vdkg.load.ProjectLayout;

/**
 * Runs the curation pipeline so that an RDF syntax error escaping from it becomes a located
 * problem (file:line) instead of a crash: a curator's broken Turtle is the user's error.
 */
public final class Curation {

    private Curation() {
    }

    public static CurationResult run(ProjectLayout layout, String baseIri) {
        try {
            return CurationPipeline.run(layout, baseIri);
        } catch (RiotException e) {
            return new CurationResult(DatasetFactory.createTxnMem(), RdfSyntaxProblems.locate(layout, e));
        }
    }
}
