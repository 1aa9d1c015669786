package org.vdkg.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.Gazetteer;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.GEO;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;

/**
 * Maps the gazetteer choices into {@code graph/gazetteer}: each chosen place gets the WGS84 {@code geo:lat} and
 * {@code geo:long} of its record and {@code vdkg:coordinatesFrom} that record (the gazetteer's own IRI), which derives
 * from the package release it was copied from, with the release's licence. Places without a chosen record get nothing.
 */
public final class GazetteerMapper {

    private GazetteerMapper() {
    }

    /** Adds {@code graph/gazetteer} to {@code dataset}; nothing when the project has no gazetteer records. */
    public static void map(Gazetteer g, Curation c, IriScheme iris, Dataset dataset) {
        if (g.dataset() == null || g.points().isEmpty()) {
            return;
        }
        Map<String, EntityRecord> entities = new LinkedHashMap<>();
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
        Model m = dataset.getNamedModel(iris.graph("gazetteer"));
        m.setNsPrefix("geo", GEO.NS);
        Gazetteer.Dataset d = g.dataset();
        Resource release = m.createResource(iris.gazetteerRelease(d.packageName(), d.version()));
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
            Resource record = m.createResource(IriScheme.geonames(rec.geonamesId()));
            record.addProperty(RDF.type, VDKG.GazetteerRecord);
            record.addProperty(RDFS.label, rec.name());
            record.addProperty(VDKG.geonamesId, rec.geonamesId());
            record.addProperty(GEO.lat, m.createTypedLiteral(rec.lat(), XSDDatatype.XSDdecimal));
            record.addProperty(GEO.long_, m.createTypedLiteral(rec.lon(), XSDDatatype.XSDdecimal));
            record.addProperty(VDKG.countryCode, rec.country());
            record.addProperty(VDKG.featureCode, rec.featureCode());
            record.addProperty(PROV.wasDerivedFrom, release);
            Resource place = m.createResource(iris.entity(EntityTypes.kindOf(e.type()), e.id()));
            place.addProperty(GEO.lat, m.createTypedLiteral(rec.lat(), XSDDatatype.XSDdecimal));
            place.addProperty(GEO.long_, m.createTypedLiteral(rec.lon(), XSDDatatype.XSDdecimal));
            place.addProperty(VDKG.geonamesId, rec.geonamesId());
            place.addProperty(VDKG.coordinatesFrom, record);
        }
    }
}
