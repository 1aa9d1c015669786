package org.vdkg.map;

import java.util.Map;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.read.ClaimHistory;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;

/** Maps each claim's last commit ({@link ClaimHistory}) into the claim's source graph as {@code prov:wasGeneratedBy}. */
public final class HistoryMapper {

    private HistoryMapper() {
    }

    /**
     * Maps the history of the claims of {@code source} into its graph.
     *
     * @param history {@code <source-id>/<claim-id>} to the commit that last changed the claim
     */
    public static void map(Map<String, ClaimHistory.Commit> history, IriScheme iris, String source, Dataset dataset) {
        Model m = dataset.getNamedModel(iris.graph(source));
        history.forEach((key, commit) -> {
            if (!key.startsWith(source + "/")) {
                return;
            }
            Resource activity = m.createResource(iris.resource("commit/" + commit.id()))
                .addProperty(RDF.type, VDKG.CurationCommit)
                .addProperty(VDKG.commitId, commit.id());
            GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(commit.committed().toEpochMilli());
            activity.addLiteral(PROV.endedAtTime, m.createTypedLiteral(when));
            m.createResource(iris.claim(source, key.substring(key.indexOf('/') + 1)))
                .addProperty(PROV.wasGeneratedBy, activity);
        });
    }
}
