package org.vdkg.model;

import java.util.List;
import org.vdkg.problem.Position;

/** Everything read from {@code data/}: sources, works, entities and claims files, in file order. */
public record Curation(List<SourceRecord> sources, List<WorkRecord> works, List<EntityRecord> entities,
                       List<ClaimsFile> claimsFiles, Position sourcesPos) {

    public Curation {
        sources = List.copyOf(sources);
        works = List.copyOf(works);
        entities = List.copyOf(entities);
        claimsFiles = List.copyOf(claimsFiles);
    }
}
