package org.vdkg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vdkg.problem.Problem;

/**
 * What a build did.
 *
 * @param problems every problem found; when any is an error nothing was written
 * @param database the database directory (written only when {@link #built()})
 * @param tripleCounts triples per named graph of the new database, in graph-name order
 * @param inputHash the fingerprint of the inputs, as stored in the database
 * @param reusedSources how many sources' graphs were taken unchanged from the previous build instead of mapped
 */
public record BuildResult(List<Problem> problems, Path database, Map<String, Long> tripleCounts, String inputHash,
                          int reusedSources) {

    public BuildResult {
        problems = List.copyOf(problems);
        tripleCounts = Map.copyOf(tripleCounts);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean built() {
        return !hasErrors();
    }

    public long totalTriples() {
        return tripleCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
