package org.vdkg.model;

import java.util.List;
import org.vdkg.problem.Position;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.YMap;

/** A claims file: the source it declares, its file stem, curator and claims in file order. */
public record ClaimsFile(String file, String stem, Located<String> source, String curator, Position pos, YMap node,
                         List<ClaimRecord> claims) {

    public ClaimsFile {
        claims = List.copyOf(claims);
    }
}
