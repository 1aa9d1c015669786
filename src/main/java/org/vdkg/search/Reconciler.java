package org.vdkg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.system.Txn;
import org.vdkg.search.EntityCatalog.Entity;
import org.vdkg.search.EntityCatalog.Name;
import org.vdkg.search.EntitySearch.Match;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Html;

/**
 * The Reconciliation Service API v0.2 over the entity search: manifest, reconciliation queries
 * (with type filters and properties), suggest, preview and data extension, as JSON objects.
 */
final class Reconciler {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    static final int MAX_QUERIES = 500;
    /** Types offered to OpenRefine: the broad groups first, then every entity class. */
    static final List<String> DEFAULT_TYPES = List.of("Person", "Organisation", "Place", "Event", "Document", "Project", "ItemType");

    private final EntitySearch search;
    private final EntityCatalog catalog;
    private final long deadlineNanos;

    /** @param deadlineNanos {@link System#nanoTime()} by which a request must be answered */
    Reconciler(EntitySearch search, long deadlineNanos) {
        this.search = search;
        this.catalog = search.catalog();
        this.deadlineNanos = deadlineNanos;
    }

    /** A request that ran past its deadline: answered 503, the client sends smaller batches. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("the request ran past the server's time limit; send fewer queries or ids per request");
        }
    }

    /** Called between the units of a batch: a batch stops at its deadline instead of running on. */
    private void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TooSlow();
        }
    }

    private <T> T read(Supplier<T> action) {
        return Txn.calculateRead(search.dataset(), action);
    }

    String base() {
        return read(catalog::base).orElse(IriScheme.DEFAULT_BASE);
    }

    JsonObject manifest(String root) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.1");
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "vdkg: Vietnam defence and public-security foreign relations");
        m.put("identifierSpace", new IriScheme(base()).idSpace());
        m.put("schemaSpace", VDKG.NS);
        m.put("documentation", root + "search");
        JsonArray types = new JsonArray();
        DEFAULT_TYPES.forEach(t -> types.add(type(t)));
        m.put("defaultTypes", types);
        m.put("view", object("url", root + IriScheme.ID + "{{id}}"));
        JsonObject preview = object("url", root + "reconcile/preview?id={{id}}");
        preview.put("width", 430);
        preview.put("height", 160);
        m.put("preview", preview);
        JsonObject suggest = new JsonObject();
        JsonObject entity = service(root, "/suggest/entity");
        entity.put("flyout_service_path", "/flyout/entity?id=${id}");
        suggest.put("entity", entity);
        suggest.put("type", service(root, "/suggest/type"));
        suggest.put("property", service(root, "/suggest/property"));
        m.put("suggest", suggest);
        JsonObject extend = new JsonObject();
        extend.put("propose_properties", service(root, "/propose_properties"));
        extend.put("property_settings", new JsonArray());
        m.put("extend", extend);
        return m;
    }

    private static JsonObject service(String root, String path) {
        JsonObject s = object("service_url", root + "reconcile");
        s.put("service_path", path);
        return s;
    }

    private static JsonObject object(String key, String value) {
        JsonObject o = new JsonObject();
        o.put(key, value);
        return o;
    }

    private static JsonObject object(String key, JsonValue value) {
        JsonObject o = new JsonObject();
        o.put(key, value);
        return o;
    }

    private JsonObject type(String local) {
        JsonObject t = object("id", local);
        t.put("name", read(() -> catalog.typeLabel(local)));
        return t;
    }

    /** Answers a query batch: one {@code {"result": [...]}} per query key. */
    JsonObject queryBatch(JsonObject batch) {
        if (batch.keys().size() > MAX_QUERIES) {
            throw new BadRequest("at most " + MAX_QUERIES + " queries in one batch");
        }
        JsonObject out = new JsonObject();
        for (String key : batch.keys()) {
            checkDeadline();
            JsonValue q = batch.get(key);
            if (!q.isObject()) {
                throw new BadRequest("query " + key + " is not a JSON object");
            }
            out.put(key, object("result", candidates(q.getAsObject())));
        }
        return out;
    }

    /** Candidates for one reconciliation query, best first. */
    JsonValue candidates(JsonObject q) {
        String text = optString(q, "query").orElse("");
        if (text.length() > EntitySearch.MAX_QUERY_LENGTH) {
            throw new BadRequest("query is longer than " + EntitySearch.MAX_QUERY_LENGTH + " characters");
        }
        int limit = DEFAULT_LIMIT;
        if (q.hasKey("limit")) {
            if (!q.get("limit").isNumber()) {
                throw new BadRequest("limit must be a number");
            }
            limit = Math.max(0, Math.min(MAX_LIMIT, q.get("limit").getAsNumber().value().intValue()));
        }
        List<String> types = types(q.get("type"));
        String strict = optString(q, "type_strict").orElse("any").toLowerCase(Locale.ROOT);
        if (!Set.of("any", "should", "all").contains(strict)) {
            throw new BadRequest("type_strict must be any, should or all");
        }
        List<PropertyValue> properties = properties(q.get("properties"));
        if (text.isBlank() && properties.isEmpty() && !q.hasKey("query")) {
            throw new BadRequest("a query needs a query string or properties");
        }
        Predicate<Entity> typeOk = e -> types.isEmpty() || ("all".equals(strict)
                ? e.allTypes().containsAll(types) : types.stream().anyMatch(e.allTypes()::contains));
        // "should" prefers the types without excluding others; "any" and "all" filter.
        Predicate<Entity> keep = "should".equals(strict) ? e -> true : typeOk;
        List<Match> found = search.search(text, Math.max(limit * 3, 20), false, keep);
        List<Scored> scored = new ArrayList<>();
        for (Match m : found) {
            scored.add(score(text, m.entity(), properties, typeOk.test(m.entity())));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.entity().name()));
        long certain = scored.stream().filter(Scored::certain).count();
        JsonArray result = new JsonArray();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            Entity e = s.entity();
            JsonObject r = new JsonObject();
            r.put("id", e.id());
            r.put("name", e.name());
            if (!e.description().isEmpty()) {
                r.put("description", e.description());
            }
            JsonArray ts = new JsonArray();
            e.types().forEach(t -> ts.add(type(t)));
            r.put("type", ts);
            r.put("score", JsonNumber.value(s.score()));
            // Certain only when exact, not contradicted, and no other candidate is exact too.
            r.put("match", s.certain() && certain == 1);
            r.put("features", s.features());
            result.add(r);
        }
        return result;
    }

    private record Scored(Entity entity, int score, boolean certain, JsonArray features) {
    }

    private record PropertyValue(String pid, List<String> values) {
    }

    private Scored score(String text, Entity e, List<PropertyValue> properties, boolean typeOk) {
        int name = 0;
        for (Name n : e.names()) {
            name = Math.max(name, NameSimilarity.score(text, n.text()));
        }
        JsonArray features = new JsonArray();
        features.add(feature("name", JsonNumber.value(name)));
        int score = text.isBlank() ? 0 : name;
        boolean contradicted = false;
        for (PropertyValue p : properties) {
            boolean ok = propertyMatches(e, p);
            features.add(feature(p.pid(), new JsonBoolean(ok)));
            if (ok) {
                score += 10;
            } else {
                score -= 20;
                contradicted = true;
            }
        }
        if (!typeOk) {
            score -= 30;
        }
        features.add(feature("type", new JsonBoolean(typeOk)));
        score = Math.max(0, Math.min(100, score));
        return new Scored(e, score, name == 100 && !contradicted && typeOk, features);
    }

    private static JsonObject feature(String id, JsonValue value) {
        JsonObject f = object("id", id);
        f.put("value", value);
        return f;
    }

    private static boolean propertyMatches(Entity e, PropertyValue p) {
        if (p.values().isEmpty()) {
            return true;
        }
        Optional<String> lang = ReconciliationProperties.language(p.pid());
        return switch (p.pid()) {
            case "wikidata" -> sameItem(e.wikidata(), p.values());
            case "wikidata_close" -> sameItem(e.wikidataClose(), p.values());
            case "type" -> p.values().stream().map(Reconciler::localType).anyMatch(e.allTypes()::contains);
            default -> lang.isPresent()
                    ? e.names().stream().filter(n -> n.lang().equals(lang.get()) || n.lang().startsWith(lang.get() + "-"))
                        .anyMatch(n -> p.values().stream().anyMatch(v -> NameSimilarity.score(v, n.text()) == 100))
                    : false;
        };
    }

    /** Whether one of {@code values} names item {@code q} (as {@code Q123} or an IRI ending in it). */
    private static boolean sameItem(Optional<String> q, List<String> values) {
        return q.map(id -> values.stream().anyMatch(v -> v.trim().equalsIgnoreCase(id) || v.trim().endsWith("/" + id)))
                .orElse(false);
    }

    private static List<PropertyValue> properties(JsonValue v) {
        List<PropertyValue> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new BadRequest("properties must be an array");
        }
        for (JsonValue item : v.getAsArray()) {
            if (!item.isObject() || !item.getAsObject().hasKey("pid") || !item.getAsObject().get("pid").isString()) {
                throw new BadRequest("each property needs a pid string and a value v");
            }
            JsonObject o = item.getAsObject();
            List<String> values = new ArrayList<>();
            JsonValue val = o.get("v");
            if (val != null && val.isArray()) {
                val.getAsArray().forEach(x -> values.add(valueText(x)));
            } else if (val != null) {
                values.add(valueText(val));
            }
            out.add(new PropertyValue(o.get("pid").getAsString().value(), values));
        }
        return out;
    }

    private static String valueText(JsonValue v) {
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isObject() && v.getAsObject().hasKey("id") && v.getAsObject().get("id").isString()) {
            return v.getAsObject().get("id").getAsString().value();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.toString().trim();
        }
        throw new BadRequest("a property value must be a string, number, boolean or {\"id\": ...}");
    }

    private static List<String> types(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isString()) {
            out.add(localType(v.getAsString().value()));
        } else if (v.isArray()) {
            for (JsonValue t : v.getAsArray()) {
                if (!t.isString()) {
                    throw new BadRequest("type must be a string or an array of strings");
                }
                out.add(localType(t.getAsString().value()));
            }
        } else {
            throw new BadRequest("type must be a string or an array of strings");
        }
        return out;
    }

    /** A type id as OpenRefine may send it: {@code Person}, {@code vdkg:Person} or the full class IRI. */
    static String localType(String id) {
        String t = id.trim();
        return VDKG.localName(t).orElse(t.startsWith("vdkg:") ? t.substring(5) : t);
    }

    private static Optional<String> optString(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isString()) {
            throw new BadRequest(key + " must be a string");
        }
        return Optional.of(v.getAsString().value());
    }

    /** Type-ahead entities for {@code prefix}, from {@code cursor} on. */
    JsonObject suggestEntity(String prefix, int cursor) {
        List<Match> found = search.search(prefix, cursor + 20, true);
        JsonArray result = new JsonArray();
        for (Match m : found.subList(Math.min(cursor, found.size()), found.size())) {
            JsonObject r = object("id", m.entity().id());
            r.put("name", m.entity().name());
            if (!m.entity().description().isEmpty()) {
                r.put("description", m.entity().description());
            }
            JsonArray notable = new JsonArray();
            m.entity().types().forEach(t -> notable.add(type(t)));
            r.put("notable", notable);
            result.add(r);
        }
        return object("result", result);
    }

    /** Entity types whose id or name starts with (or contains) {@code prefix}, folded. */
    JsonObject suggestType(String prefix) {
        Set<String> all = new LinkedHashSet<>(DEFAULT_TYPES);
        all.add("Actor");
        EntityTypes.sorted().forEach(all::add);
        String p = SearchTerms.folded(prefix);
        JsonArray result = new JsonArray();
        for (String t : all) {
            JsonObject type = type(t);
            String name = type.get("name").getAsString().value();
            if (p.isEmpty() || SearchTerms.folded(t).contains(p) || SearchTerms.folded(name).contains(p)) {
                result.add(type);
            }
        }
        return object("result", result);
    }

    JsonObject suggestProperty(String prefix) {
        String p = SearchTerms.folded(prefix);
        JsonArray result = new JsonArray();
        ReconciliationProperties.all().forEach((id, name) -> {
            if (p.isEmpty() || SearchTerms.folded(id).contains(p) || SearchTerms.folded(name).contains(p)) {
                JsonObject o = object("id", id);
                o.put("name", name);
                result.add(o);
            }
        });
        return object("result", result);
    }

    JsonObject proposeProperties(String type, int limit) {
        JsonObject out = new JsonObject();
        if (type != null) {
            out.put("type", type);
        }
        out.put("limit", limit);
        JsonArray props = new JsonArray();
        ReconciliationProperties.all().entrySet().stream().limit(limit).forEach(e -> {
            JsonObject o = object("id", e.getKey());
            o.put("name", e.getValue());
            props.add(o);
        });
        out.put("properties", props);
        return out;
    }

    /** Data extension: the values of the requested properties for each requested entity id. */
    JsonObject extend(JsonObject request) {
        JsonValue ids = request.get("ids");
        JsonValue props = request.get("properties");
        if (ids == null || !ids.isArray() || props == null || !props.isArray()) {
            throw new BadRequest("extend needs \"ids\" and \"properties\" arrays");
        }
        if (ids.getAsArray().size() > MAX_QUERIES) {
            throw new BadRequest("at most " + MAX_QUERIES + " ids in one request");
        }
        // Each property once: a request naming one property thousands of times costs no more than naming it once.
        Set<String> pids = new LinkedHashSet<>();
        JsonArray meta = new JsonArray();
        for (JsonValue p : props.getAsArray()) {
            if (!p.isObject() || !p.getAsObject().hasKey("id") || !p.getAsObject().get("id").isString()) {
                throw new BadRequest("each property needs an \"id\" string");
            }
            String pid = p.getAsObject().get("id").getAsString().value();
            String name = ReconciliationProperties.nameOf(pid)
                    .orElseThrow(() -> new BadRequest("unknown property " + pid + "; see propose_properties"));
            if (pids.add(pid)) {
                JsonObject m = object("id", pid);
                m.put("name", name);
                meta.add(m);
            }
        }
        String base = base();
        JsonObject rows = new JsonObject();
        for (JsonValue idv : ids.getAsArray()) {
            if (!idv.isString()) {
                throw new BadRequest("ids must be strings");
            }
            checkDeadline();
            String id = idv.getAsString().value();
            Optional<Entity> e = read(() -> catalog.byId(id, base));
            Map<String, JsonArray> values = e.map(this::values).orElseGet(Map::of);
            JsonObject row = new JsonObject();
            for (String pid : pids) {
                row.put(pid, values.getOrDefault(pid, new JsonArray()));
            }
            rows.put(id, row);
        }
        JsonObject out = new JsonObject();
        out.put("meta", meta);
        out.put("rows", rows);
        return out;
    }

    private Map<String, JsonArray> values(Entity e) {
        Map<String, JsonArray> v = new HashMap<>();
        JsonArray wd = new JsonArray();
        e.wikidata().ifPresent(q -> wd.add(object("str", q)));
        v.put("wikidata", wd);
        JsonArray close = new JsonArray();
        e.wikidataClose().ifPresent(q -> close.add(object("str", q)));
        v.put("wikidata_close", close);
        JsonArray types = new JsonArray();
        e.types().forEach(t -> types.add(type(t)));
        v.put("type", types);
        JsonArray description = new JsonArray();
        if (!e.description().isEmpty()) {
            description.add(object("str", e.description()));
        }
        v.put("description", description);
        JsonArray aliases = new JsonArray();
        e.names().stream().filter(Name::alias).forEach(n -> aliases.add(object("str", n.text())));
        v.put("aliases", aliases);
        for (String lang : ReconciliationProperties.LANGUAGES.keySet()) {
            JsonArray names = new JsonArray();
            e.names().stream().filter(n -> n.lang().equals(lang) || n.lang().startsWith(lang + "-"))
                    .forEach(n -> names.add(object("str", n.text())));
            v.put("name_" + lang, names);
        }
        JsonArray iri = new JsonArray();
        iri.add(object("str", e.iri()));
        v.put("iri", iri);
        return v;
    }

    /** The entity of a reconciliation id, if there is one. */
    Optional<Entity> entity(String id) {
        String base = base();
        return read(() -> catalog.byId(id, base));
    }

    /** A small HTML card of the entity for OpenRefine's preview and flyout. */
    static String card(Entity e, String root) {
        StringBuilder b = new StringBuilder();
        b.append("<div style=\"font-family:sans-serif;font-size:13px\"><a href=\"").append(Html.escape(root + IriScheme.ID + e.id()))
         .append("\" target=\"_blank\"><b>").append(Html.escape(e.name())).append("</b></a> <span style=\"color:#555\">")
         .append(Html.escape(String.join(", ", e.types()))).append("</span>");
        if (!e.description().isEmpty()) {
            b.append("<p style=\"margin:4px 0\">").append(Html.escape(e.description())).append("</p>");
        }
        b.append("<p style=\"margin:4px 0;color:#333\">");
        List<String> names = new ArrayList<>();
        for (Name n : e.names()) {
            names.add("<span lang=\"" + Html.escape(n.lang()) + "\">" + Html.escape(n.text()) + "</span> <small>" + Html.escape(n.lang()) + "</small>");
        }
        b.append(String.join(" · ", names)).append("</p>");
        e.wikidata().ifPresent(q -> b.append("<p style=\"margin:4px 0\">Wikidata (exact match): ").append(Html.escape(q)).append("</p>"));
        e.wikidataClose().ifPresent(q -> b.append("<p style=\"margin:4px 0\">Wikidata (close match only, not the same): ")
                .append(Html.escape(q)).append("</p>"));
        return b.append("</div>").toString();
    }
}
