package org.vdkg.model;

import java.util.List;
import org.vdkg.problem.Position;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.YList;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;

/** A claims file: the source it declares, its file stem, curator and claims in file order. */
public record ClaimsFile(String file, String stem, Located<String> source, String curator, Position pos, YMap node,
                         List<ClaimRecord> claims) {

    public ClaimsFile {
        claims = List.copyOf(claims);
    }

    /** The source the file states, or its file stem when it states none. */
    public String sourceId() {
        return source != null ? source.value() : stem;
    }

    /**
     * The claim's map as written in this file, for tools that edit the file as text (a claim is read from it once,
     * into {@link ClaimRecord}; the rest of the code uses that).
     */
    public YMap written(ClaimRecord c) {
        if (node.get("claims").orElse(null) instanceof YList l) {
            for (YNode n : l.items()) {
                if (n instanceof YMap m && m.pos().equals(c.pos())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("claim at " + c.pos() + " is not in " + file);
    }
}
