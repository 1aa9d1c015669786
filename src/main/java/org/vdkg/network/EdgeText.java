package org.vdkg.network;

import java.util.stream.Collectors;

/**
 * An edge's evidence as the flat strings of the formats whose attributes are single strings (GraphML, GEXF, DOT):
 * claim IRIs separated by spaces (IRIs hold none) and claim titles separated by {@value #TITLE_SEPARATOR}.
 */
final class EdgeText {

    /** Between two claim titles; a title's own {@code |} becomes {@code /} so the list splits back unambiguously. */
    static final String TITLE_SEPARATOR = " | ";

    private EdgeText() {
    }

    static String iris(ActorNetwork.Edge e) {
        return e.evidence().stream().map(ActorNetwork.Evidence::iri).collect(Collectors.joining(" "));
    }

    static String titles(ActorNetwork.Edge e) {
        return e.evidence().stream().map(c -> c.title().replace('|', '/')).collect(Collectors.joining(TITLE_SEPARATOR));
    }
}
