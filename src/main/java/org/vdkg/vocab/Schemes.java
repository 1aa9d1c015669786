package org.vdkg.vocab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The controlled lists of docs/model.md: concept scheme name to its concept slugs ({@code B id/concept/<scheme>/<slug>}). */
public final class Schemes {

    public static final String AID_KIND = "aid-kind";
    public static final String UNIT = "unit";
    public static final String CURRENCY = "currency";
    public static final String DELIVERY_MODE = "delivery-mode";
    public static final String ROLE = "role";
    public static final String RELATION_TYPE = "relation-type";
    public static final String ALLIANCE_TYPE = "alliance-type";
    public static final String MILESTONE_KIND = "milestone-kind";
    public static final String STATUS = "status";
    public static final String CONFIDENCE = "confidence";
    public static final String ORIGIN = "origin";
    public static final String RANK = "rank";

    private static final Map<String, List<String>> LISTS = lists();

    private Schemes() {
    }

    private static Map<String, List<String>> lists() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(AID_KIND, List.of("materiel", "equipment", "weapons", "training", "experts", "construction",
            "technical-services", "money", "personnel", "other"));
        m.put(UNIT, List.of("item", "person", "vehicle", "km", "kw", "student", "locality", "country", "organisation",
            "forum", "mechanism", "agency", "type", "year"));
        m.put(CURRENCY, List.of("SUR", "RUB", "USD", "CNY", "VND", "DDM", "HUF"));
        m.put(DELIVERY_MODE, List.of("airdrop", "handover", "shipment", "on-site"));
        m.put(ROLE, List.of("leader", "member", "commander", "adviser", "participant", "host", "organiser", "ally",
            "adversary", "supporter", "requester", "rescuer", "subject"));
        m.put(RELATION_TYPE, List.of("diplomatic", "cooperation", "defence", "police", "security"));
        m.put(ALLIANCE_TYPE, List.of("peoples-alliance", "defence-pact", "military-alliance", "cooperation"));
        m.put(MILESTONE_KIND, List.of("assembled", "construction-started", "in-use", "completed"));
        m.put(STATUS, List.of("current", "former", "later"));
        m.put(CONFIDENCE, List.of("high", "medium", "low"));
        m.put(RANK, List.of("preferred", "normal", "deprecated"));
        m.put(ORIGIN, List.of("name", "curator", "reference", "wikidata-table", "gazetteer"));
        return Map.copyOf(m);
    }

    /** The slugs of a scheme, in the contract's order. */
    public static List<String> concepts(String scheme) {
        List<String> l = LISTS.get(scheme);
        if (l == null) {
            throw new IllegalArgumentException("no concept scheme " + scheme);
        }
        return l;
    }

    public static boolean contains(String scheme, String slug) {
        return concepts(scheme).contains(slug);
    }
}
