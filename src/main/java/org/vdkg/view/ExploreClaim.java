package org.vdkg.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One claim as the explorer sees it: its words and evidence for the result views, and its value in every facet,
 * read once from the database when the server first explores.
 *
 * @param key the IRI's path after {@code id/claim/} ({@code source-id/claim-id})
 * @param path the server-relative path of its page ({@code /id/claim/...})
 * @param kind the local name of its claim class ({@code AidProvision})
 * @param earliest the first possible day, null when open or undated
 * @param latest the last possible day, null when open or undated
 * @param source the id of its source article
 * @param paragraphs the cited paragraphs, in order
 * @param confidence {@code high}, {@code medium}, {@code low} or {@code none}
 * @param rank {@code preferred}, {@code normal} (also when none is stated) or {@code deprecated}
 * @param ambiguous whether it has an ambiguity note or is (or has) an alternative reading
 * @param actors the keys ({@code org/soviet-union}) of the actors it names in any role
 * @param states the keys of the states those actors act for
 * @param places the keys of the places it names or is at, with every place they lie within
 * @param nameKeys the lookup keys of every name of every entity it names
 * @param edges the shortcut relations between two entities it names: {@code {source key, type, target key, directed}}
 */
record ExploreClaim(String iri, String key, String path, String title, String kind, String kindLabel, String date,
        LocalDate earliest, LocalDate latest, String source, List<Integer> paragraphs, String confidence,
        String rank, boolean ambiguous, Set<String> actors, Set<String> states, Set<String> places, Set<String> nameKeys,
        List<String[]> edges) {

    boolean dated() {
        return earliest != null || latest != null;
    }
}
