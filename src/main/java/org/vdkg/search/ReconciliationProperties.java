package org.vdkg.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The properties the reconciliation service knows: used to refine queries (a column of Wikidata
 * ids or of Vietnamese names helps pick the right candidate) and to extend data in OpenRefine.
 * {@code wikidata} is the exact match only; a close match (a related item) is {@code wikidata_close}.
 */
final class ReconciliationProperties {

    /** Languages with a "name in ..." property: those the curated names use. */
    static final Map<String, String> LANGUAGES = languages();

    private ReconciliationProperties() {
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", "English");
        m.put("vi", "Vietnamese");
        m.put("zh", "Chinese");
        m.put("ru", "Russian");
        m.put("de", "German");
        m.put("hu", "Hungarian");
        return m;
    }

    /** Every property id with its human-readable name, in the order proposed to users. */
    static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("wikidata", "Wikidata item (exact match only)");
        m.put("wikidata_close", "Wikidata item, close match (related, not the same)");
        m.put("type", "type");
        m.put("description", "description");
        m.put("aliases", "other names (all languages)");
        LANGUAGES.forEach((code, lang) -> m.put("name_" + code, "name in " + lang));
        m.put("iri", "IRI");
        return m;
    }

    static Optional<String> nameOf(String id) {
        return Optional.ofNullable(all().get(id));
    }

    /** The language of a {@code name_xx} property; for {@code name_zh} also its script and romanised forms (zh-Hant, zh-Latn-pinyin). */
    static Optional<String> language(String id) {
        return id.startsWith("name_") && LANGUAGES.containsKey(id.substring(5)) ? Optional.of(id.substring(5)) : Optional.empty();
    }
}
