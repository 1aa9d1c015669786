package org.vdkg.vocab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The entity types of docs/model.md: each type's IRI kind segment, and the groups claims expect. */
public final class EntityTypes {

    public static final Set<String> ORGANISATIONS = Set.of("State", "Government", "PoliticalParty", "PartyBody",
        "ArmedForce", "MilitaryUnit", "PoliceForce", "SecurityService", "Ministry", "Department", "School",
        "InternationalOrganisation", "Forum", "LiberationFront", "Committee", "Alliance", "Group");
    public static final Set<String> PLACES = Set.of("Country", "Province", "District", "City", "Region", "Site");
    public static final Set<String> EVENTS = Set.of("War", "Campaign", "Conference", "Exhibition", "Event");
    public static final Set<String> DOCUMENTS = Set.of("Treaty", "Law", "Policy", "Resolution", "Strategy", "Document");

    private static final Map<String, String> KIND = kinds();

    private EntityTypes() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Person", "person");
        ORGANISATIONS.forEach(t -> m.put(t, "org"));
        PLACES.forEach(t -> m.put(t, "place"));
        EVENTS.forEach(t -> m.put(t, "event"));
        DOCUMENTS.forEach(t -> m.put(t, "document"));
        m.put("Project", "project");
        m.put("ItemType", "item");
        return Map.copyOf(m);
    }

    public static boolean isType(String type) {
        return type != null && KIND.containsKey(type);
    }

    /** The kind segment of entity IRIs ({@code person}, {@code org}, ...). */
    public static String kindOf(String type) {
        return KIND.get(type);
    }

    /** The kind segments of entity IRIs: {@code person}, {@code org}, {@code place}, ... */
    public static Set<String> iriKinds() {
        return new java.util.TreeSet<>(KIND.values());
    }

    public static Set<String> all() {
        return KIND.keySet();
    }

    /** What a claim key expects of the entity it names. */
    public enum Group {
        PLACE("a place (or a State)", t -> PLACES.contains(t) || "State".equals(t)),
        DESTINATION("a place, a State, or a Group of them (\"African countries\")",
            t -> PLACES.contains(t) || "State".equals(t) || "Group".equals(t)),
        PERSON("a Person", "Person"::equals),
        ORGANISATION("an organisation", ORGANISATIONS::contains),
        EVENT("an event (War, Campaign, Conference, Exhibition, Event)", EVENTS::contains),
        DOCUMENT("a document (Treaty, Law, Policy, Resolution, Strategy, Document)", DOCUMENTS::contains),
        PROJECT("a Project", "Project"::equals),
        ITEM("an ItemType", "ItemType"::equals),
        ACTOR("an actor (a Person or an organisation)", t -> "Person".equals(t) || ORGANISATIONS.contains(t)),
        STATE("a State", "State"::equals),
        BODY("an organisation other than a State", t -> ORGANISATIONS.contains(t) && !"State".equals(t));

        private final String description;
        private final Predicate<String> accepts;

        Group(String description, Predicate<String> accepts) {
            this.description = description;
            this.accepts = accepts;
        }

        public boolean accepts(String type) {
            return accepts.test(type);
        }

        public String description() {
            return description;
        }
    }

    /** Types listed for messages. */
    public static List<String> sorted() {
        return KIND.keySet().stream().sorted().toList();
    }
}
