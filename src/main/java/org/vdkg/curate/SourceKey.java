package org.vdkg.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vdkg.layout.InputHash;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.WorkRecord;
import org.vdkg.read.ClaimHistory;

/**
 * The fingerprint of everything the graph of one source is made and checked from, so that a build can take the
 * graph an earlier build made instead of mapping the source again: the base IRI, every file under {@code ontology/}
 * (classes, rules and shapes), the source's claims files, its record in {@code sources.yaml}, the ids of the works its
 * footnotes may cite, the type of each entity its claims name (which picks the entity's IRI), and the commit that last
 * changed each of its claims. The rest of {@code data/} (other sources, other entities' names and details) does not
 * change the source's graph; it is read, validated and mapped in full on every build.
 */
final class SourceKey {

    private final ProjectLayout layout;
    private final String shared;
    private final List<Path> ontology;
    private final Map<String, String> records = new TreeMap<>();
    private final Map<String, String> entityTypes = new TreeMap<>();
    private final TreeMap<String, ClaimHistory.Commit> history;

    SourceKey(ProjectLayout layout, String baseIri, Curation c, Map<String, ClaimHistory.Commit> history) {
        this.layout = layout;
        this.history = new TreeMap<>(history);
        this.ontology = InputHash.files(layout.ontologyDir());
        this.shared = "base " + baseIri + "\nworks "
            + new TreeSet<>(c.works().stream().map(WorkRecord::id).filter(w -> w != null).toList()) + "\n";
        c.sources().stream().filter(s -> s.id() != null).forEach(s -> records.putIfAbsent(s.id(), String.valueOf(s.node())));
        c.entities().stream().filter(e -> e.id() != null)
            .forEach(e -> entityTypes.putIfAbsent(e.id(), String.valueOf(e.type())));
    }

    /** The key of source {@code sourceId}, whose claims are in {@code files}. */
    String of(String sourceId, List<ClaimsFile> files) {
        StringBuilder salt = new StringBuilder(shared).append("record ").append(records.get(sourceId)).append('\n');
        Map<String, String> types = new TreeMap<>();
        for (ClaimsFile f : files) {
            for (ClaimRecord r : f.claims()) {
                r.entities().forEach(e -> types.put(e, entityTypes.getOrDefault(e, "")));
            }
        }
        salt.append("entities ").append(types).append('\n');
        history.subMap(sourceId + "/", sourceId + "/\uffff").forEach((claim, commit) ->
            salt.append("commit ").append(claim).append(' ').append(commit).append('\n'));
        List<Path> read = new ArrayList<>(ontology);
        files.forEach(f -> read.add(layout.root().resolve(f.file())));
        return InputHash.of(layout, salt.toString(), read);
    }
}
