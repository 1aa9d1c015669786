package org.vdkg.read;

import org.vdkg.problem.Position;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;
import org.vdkg.yaml.YamlReader;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.model.Gazetteer;
import org.vdkg.problem.Problem;
import org.vdkg.problem.Rule;

/**
 * Reads {@code data/gazetteer.yaml} (the curator's choices) and {@code data/gazetteer/geonames-points.tsv} (the
 * records {@code scripts/gazetteer.sh} copied from the gazetteer package). It reports the shape of both files; the
 * validator checks that the choices name places and known records.
 */
public final class GazetteerReader {

    /** The curated choices, relative to the project root. */
    public static final String CHOICES = "data/gazetteer.yaml";
    /** The derived records, relative to the project root. */
    public static final String POINTS = "data/gazetteer/geonames-points.tsv";
    private static final String RERUN = "re-run scripts/gazetteer.sh instead of editing the file";
    private static final String[] COLUMNS = {"geonames_id", "name", "lat", "long", "country", "feature_code"};

    private final List<Problem> problems;

    private GazetteerReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** Reads both files under {@code root}; a project without {@code data/gazetteer.yaml} has no gazetteer. */
    public static Gazetteer read(Path root, List<Problem> problems) {
        Path choices = root.resolve(CHOICES);
        if (!Files.isRegularFile(choices)) {
            return Gazetteer.absent();
        }
        GazetteerReader r = new GazetteerReader(problems);
        List<Gazetteer.Point> points = new ArrayList<>();
        List<Gazetteer.NoPoint> noPoints = new ArrayList<>();
        r.readChoices(choices, points, noPoints);
        Map<String, Gazetteer.Record> records = new LinkedHashMap<>();
        Gazetteer.Dataset dataset = null;
        Path tsv = root.resolve(POINTS);
        if (Files.isRegularFile(tsv)) {
            dataset = r.readPoints(tsv, records);
        }
        return new Gazetteer(true, points, noPoints, records, dataset);
    }

    private void readChoices(Path file, List<Gazetteer.Point> points, List<Gazetteer.NoPoint> noPoints) {
        Optional<YNode> doc = YamlReader.read(file, CHOICES, problems);
        if (doc.isEmpty()) {
            return;
        }
        if (!(doc.get() instanceof YMap top)) {
            problems.add(Rule.BAD_STRUCTURE.problem(doc.get().pos(), "the file must be a map of points and no_point, not "
                + doc.get().shape(), "start the file with 'points:' and 'no_point:' lists"));
            return;
        }
        top.reportUnknownKeys(Set.of("points", "no_point"), "in " + CHOICES, problems);
        for (YMap m : CurationReader.listOfMaps(top, "points", false, problems)) {
            m.reportUnknownKeys(Set.of("place", "geonames", "note"), "in a gazetteer point", problems);
            Optional<Located<String>> place = text(m, "place", "<slug of the place>, e.g. place: kunming");
            Optional<Located<String>> id = text(m, "geonames", "<GeoNames id of the same place>, e.g. geonames: 1804651");
            if (place.isPresent() && id.isPresent()) {
                points.add(new Gazetteer.Point(place.get(), id.get(), m.text("note").orElse(null), m.pos()));
            }
        }
        for (YMap m : CurationReader.listOfMaps(top, "no_point", false, problems)) {
            m.reportUnknownKeys(Set.of("place", "reason"), "in a place without point", problems);
            Optional<Located<String>> place = text(m, "place", "<slug of the place>, e.g. place: europe");
            Optional<Located<String>> reason = text(m, "reason", "<why it gets no point: an area, a line, "
                + "not in the gazetteer package...>");
            if (place.isPresent() && reason.isPresent()) {
                noPoints.add(new Gazetteer.NoPoint(place.get(), reason.get().value(), m.pos()));
            }
        }
    }

    private Optional<Located<String>> text(YMap m, String key, String what) {
        Optional<YNode> n = m.get(key);
        if (n.isEmpty()) {
            problems.add(Rule.MISSING_FIELD.problem(m.pos(), "missing '" + key + ":'", "add " + key + ": " + what));
            return Optional.empty();
        }
        if (!(n.get() instanceof YScalar s)) {
            problems.add(Rule.BAD_STRUCTURE.problem(n.get().pos(), "'" + key + "' must be a single value, not "
                + n.get().shape(), "write one value after '" + key + ":'"));
            return Optional.empty();
        }
        return Optional.of(new Located<>(s.value().trim(), s.pos()));
    }

    /** Reads the derived records and the {@code # key: value} lines that say where they come from. */
    private Gazetteer.Dataset readPoints(Path file, Map<String, Gazetteer.Record> records) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Rule.BAD_STRUCTURE.problem(Position.ofFile(POINTS), "cannot read the file: " + e.getMessage(),
                RERUN));
            return null;
        }
        Map<String, String> about = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Position at = new Position(POINTS, i + 1, 1);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    about.putIfAbsent(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
                }
                continue;
            }
            String[] c = line.split("\t", -1);
            if (!header) {
                header = true;
                if (!String.join("\t", c).equals(String.join("\t", COLUMNS))) {
                    problems.add(Rule.BAD_STRUCTURE.problem(at, "the header row must be " + String.join(" ", COLUMNS),
                        RERUN));
                    return null;
                }
                continue;
            }
            if (c.length != COLUMNS.length || !c[0].matches("\\d{1,12}") || !degrees(c[2], 90) || !degrees(c[3], 180)) {
                problems.add(Rule.BAD_STRUCTURE.problem(at, "a record must be " + COLUMNS.length + " tab-separated values "
                    + "with a numeric id, latitude in [-90, 90] and longitude in [-180, 180]", RERUN));
                continue;
            }
            records.putIfAbsent(c[0], new Gazetteer.Record(c[0], c[1], c[2], c[3], c[4], c[5], at));
        }
        for (String key : new String[] {"package", "version", "licence"}) {
            if (!about.containsKey(key) || about.get(key).isEmpty()) {
                problems.add(Rule.MISSING_FIELD.problem(Position.ofFile(POINTS), "no '# " + key + ":' line: where the "
                    + "records come from is unknown", RERUN));
                return null;
            }
        }
        return new Gazetteer.Dataset(about.get("package"), about.get("version"), about.get("licence"),
            about.getOrDefault("source", ""), about.getOrDefault("package-licence", ""));
    }

    private static boolean degrees(String s, int limit) {
        if (!s.matches("-?\\d{1,3}(\\.\\d{1,9})?")) {
            return false;
        }
        double d = Double.parseDouble(s);
        return d >= -limit && d <= limit;
    }
}
