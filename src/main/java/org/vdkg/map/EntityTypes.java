package org.vdkg.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    public static Set<String> all() {
        return KIND.keySet();
    }

    /** What a claim key expects of the entity it names. */
    public enum Group {
        PLACE("a place (or a State)") {
            @Override
            public boolean accepts(String t) {
                return PLACES.contains(t) || "State".equals(t);
            }
        },
        DESTINATION("a place, a State, or a Group of them (\"African countries\")") {
            @Override
            public boolean accepts(String t) {
                return PLACE.accepts(t) || "Group".equals(t);
            }
        },
        PERSON("a Person") {
            @Override
            public boolean accepts(String t) {
                return "Person".equals(t);
            }
        },
        ORGANISATION("an organisation") {
            @Override
            public boolean accepts(String t) {
                return ORGANISATIONS.contains(t);
            }
        },
        EVENT("an event (War, Campaign, Conference, Exhibition, Event)") {
            @Override
            public boolean accepts(String t) {
                return EVENTS.contains(t);
            }
        },
        DOCUMENT("a document (Treaty, Law, Policy, Resolution, Strategy, Document)") {
            @Override
            public boolean accepts(String t) {
                return DOCUMENTS.contains(t);
            }
        },
        PROJECT("a Project") {
            @Override
            public boolean accepts(String t) {
                return "Project".equals(t);
            }
        },
        ITEM("an ItemType") {
            @Override
            public boolean accepts(String t) {
                return "ItemType".equals(t);
            }
        },
        ACTOR("an actor (a Person or an organisation)") {
            @Override
            public boolean accepts(String t) {
                return "Person".equals(t) || ORGANISATIONS.contains(t);
            }
        };

        private final String description;

        Group(String description) {
            this.description = description;
        }

        public abstract boolean accepts(String type);

        public String description() {
            return description;
        }
    }

    /** Types listed for messages. */
    public static List<String> sorted() {
        return KIND.keySet().stream().sorted().toList();
    }
}
