package org.vdkg.curate;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.vdkg.problem.Problem;

/** What the curation pipeline produced: the RDF dataset (named graphs) and every problem found on the way. */
public record CurationResult(Dataset dataset, List<Problem> problems) {

    public CurationResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
