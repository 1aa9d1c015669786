package org.vdkg.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.read.Curation;
import org.vdkg.read.EntityRecord;
import org.vdkg.read.Gazetteer;
import org.vdkg.vocab.VDKG;

/**
 * Maps the gazetteer choices into {@code graph/gazetteer}: each chosen place gets the WGS84 {@code geo:lat} and
 * {@code geo:long} of its record and {@code vdkg:coordinatesFrom} that record (the gazetteer's own IRI), which derives
 * from the package release it was copied from, with the release's licence. Places without a chosen record get nothing.
 */
public final class GazetteerMapper {

    /** W3C Basic Geo (WGS84 lat/long) vocabulary: plain decimal degrees, simple to filter in SPARQL. */
    static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    private static final Property LAT = ResourceFactory.createProperty(GEO + "lat");
    private static final Property LONG = ResourceFactory.createProperty(GEO + "long");
    private static final Property DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private GazetteerMapper() {
    }

    /** Adds {@code graph/gazetteer} to {@code dataset}; nothing when the project has no gazetteer records. */
    public static void map(Gazetteer g, Curation c, String base, Dataset dataset) {
        if (g.dataset() == null || g.points().isEmpty()) {
            return;
        }
        Map<String, EntityRecord> entities = new LinkedHashMap<>();
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
        Model m = dataset.getNamedModel(VDKG.graph(base, "gazetteer"));
        m.setNsPrefix("geo", GEO);
        Gazetteer.Dataset d = g.dataset();
        Resource release = m.createResource(VDKG.gazetteerRelease(base, d.packageName(), d.version()));
        release.addProperty(RDF.type, VDKG.GazetteerDataset);
        release.addProperty(RDFS.label, d.packageName() + " " + d.version());
        release.addProperty(OWL.versionInfo, d.version());
        release.addProperty(DCTerms.license, m.createResource(d.licence()));
        release.addProperty(DCTerms.source, m.createResource("https://www.geonames.org/"));
        if (!d.source().isEmpty()) {
            release.addProperty(DCTerms.description, d.source(), "en");
        }
        if (!d.packageLicence().isEmpty()) {
            // The package's own licence covers its code; the data's is dcterms:license.
            release.addProperty(DCTerms.rights, "package code licence: " + d.packageLicence(), "en");
        }
        for (Gazetteer.Point p : g.points()) {
            EntityRecord e = entities.get(p.place().value());
            Gazetteer.Record rec = g.records().get(p.geonamesId().value());
            if (e == null || rec == null || !EntityTypes.PLACES.contains(e.type())) {
                continue;
            }
            Resource record = m.createResource(VDKG.geonames(rec.geonamesId()));
            record.addProperty(RDF.type, VDKG.GazetteerRecord);
            record.addProperty(RDFS.label, rec.name());
            record.addProperty(VDKG.geonamesId, rec.geonamesId());
            record.addProperty(LAT, m.createTypedLiteral(rec.lat(), XSDDatatype.XSDdecimal));
            record.addProperty(LONG, m.createTypedLiteral(rec.lon(), XSDDatatype.XSDdecimal));
            record.addProperty(VDKG.countryCode, rec.country());
            record.addProperty(VDKG.featureCode, rec.featureCode());
            record.addProperty(DERIVED_FROM, release);
            Resource place = m.createResource(VDKG.entity(base, EntityTypes.kindOf(e.type()), e.id()));
            place.addProperty(LAT, m.createTypedLiteral(rec.lat(), XSDDatatype.XSDdecimal));
            place.addProperty(LONG, m.createTypedLiteral(rec.lon(), XSDDatatype.XSDdecimal));
            place.addProperty(VDKG.geonamesId, rec.geonamesId());
            place.addProperty(VDKG.coordinatesFrom, record);
        }
    }
}
