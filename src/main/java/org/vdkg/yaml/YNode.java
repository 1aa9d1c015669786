package org.vdkg.yaml;

import org.vdkg.problem.Position;

/** A YAML value with its position: a scalar, a map or a list (the only shapes curated files use). */
public sealed interface YNode permits YScalar, YMap, YList {

    Position pos();

    /** A short word for messages: "a text", "a map", "a list". */
    String shape();
}
