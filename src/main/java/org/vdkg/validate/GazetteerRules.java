package org.vdkg.validate;

import org.vdkg.problem.Suggest;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.model.Gazetteer;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.read.GazetteerReader;
import org.vdkg.yaml.Located;
import org.vdkg.problem.Position;

/**
 * Rules over the gazetteer choices: each names a place of the authority file once, each chosen GeoNames id is a
 * record of the derived file (so its coordinates come from the package, not from a hand), the record's name is one
 * of the place's names, and every place is decided (a point or a reason for none).
 */
public final class GazetteerRules {

    private static final String RERUN = "run scripts/gazetteer.sh to copy the record from the gazetteer package; if the "
        + "package has no such record, check the id at geonames.org or move the place to no_point with a reason";

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, EntityRecord> entities = new LinkedHashMap<>();

    private GazetteerRules(Curation c) {
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
    }

    /** Every problem of {@code g} against the entities of {@code c}; none for a project without a gazetteer. */
    public static List<Problem> check(Gazetteer g, Curation c) {
        GazetteerRules r = new GazetteerRules(c);
        if (g.present()) {
            r.checkAll(g);
        }
        return r.problems;
    }

    private void checkAll(Gazetteer g) {
        Map<String, Position> decided = new HashMap<>();
        Map<String, Located<String>> byRecord = new HashMap<>();
        for (Gazetteer.Point p : g.points()) {
            EntityRecord place = place(p.place(), decided);
            String id = p.geonamesId().value();
            Gazetteer.Record rec = g.records().get(id);
            if (rec == null) {
                add(Rule.UNKNOWN_GAZETTEER_RECORD, p.geonamesId().pos(), "GeoNames id '" + id + "' is not a record of "
                    + GazetteerReader.POINTS + (g.records().isEmpty() ? " (the file is missing or holds no record)" : ""),
                    RERUN);
                continue;
            }
            Located<String> first = byRecord.putIfAbsent(id, p.place());
            if (first != null) {
                add(Rule.DUPLICATE_ID, p.geonamesId().pos(), "GeoNames record " + id + " is already the point of '"
                    + first.value() + "' (line " + first.pos().line() + ")",
                    "one gazetteer record is one place: keep it on the place it is, give the other its own record");
            }
            if (place != null && !place.names().isEmpty() && place.names().stream().map(GazetteerRules::fold)
                    .noneMatch(fold(rec.name())::equals)) {
                add(Rule.GAZETTEER_NAME_MISMATCH, p.geonamesId().pos(), "GeoNames record " + id + " is named '"
                    + rec.name() + "' (" + rec.country() + ", " + rec.featureCode() + "), which is none of the names of '"
                    + place.id() + "'", "check that the record is this place; if it is, add its name as an alias");
            }
        }
        for (Gazetteer.NoPoint n : g.noPoints()) {
            place(n.place(), decided);
        }
        Position file = Position.ofFile(GazetteerReader.CHOICES);
        for (EntityRecord e : entities.values()) {
            if (EntityTypes.PLACES.contains(e.type()) && !decided.containsKey(e.id())) {
                add(Rule.PLACE_WITHOUT_GAZETTEER_DECISION, e.pos(), "place '" + e.id() + "' is in neither points nor "
                    + "no_point of " + file.file(), "add it to points (with the GeoNames id of the same place) or to "
                    + "no_point (with the reason it has no point)");
            }
        }
    }

    /** The place a choice names, or null after reporting why it is not one; records the slug as decided. */
    private EntityRecord place(Located<String> slug, Map<String, Position> decided) {
        Position first = decided.putIfAbsent(slug.value(), slug.pos());
        if (first != null) {
            add(Rule.DUPLICATE_ID, slug.pos(), "place '" + slug.value() + "' is already listed at line " + first.line(),
                "list each place once, under points or under no_point");
        }
        EntityRecord e = entities.get(slug.value());
        if (e == null) {
            add(Rule.UNKNOWN_ENTITY, slug.pos(), "unknown place '" + slug.value() + "'",
                Suggest.closest(slug.value(), entities.keySet()).map(s -> "did you mean '" + s + "'?")
                    .orElse("use the slug of a place of data/entities/"));
            return null;
        }
        if (!EntityTypes.PLACES.contains(e.type())) {
            add(Rule.WRONG_ENTITY_TYPE, slug.pos(), "'" + slug.value() + "' is a " + e.type() + ", not a place",
                "only places (" + String.join(", ", EntityTypes.PLACES.stream().sorted().toList()) + ") take a point");
            return null;
        }
        return e;
    }

    private void add(Rule rule, Position at, String message, String hint) {
        problems.add(rule.problem(at, message, hint));
    }

    /** Lower case without diacritics (đ as d), so that "Ha Dong" and "Hà Đông" compare equal. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
            .replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }
}
