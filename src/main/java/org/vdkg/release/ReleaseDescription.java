package org.vdkg.release;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.export.ExportFormat;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;

/**
 * The VoID/DCAT statements about one release: a version of the dataset ({@code dcat:hasVersion} from the dataset IRI)
 * with {@code owl:versionInfo}, {@code dcterms:issued}, {@code prov:wasRevisionOf} the previous release, its size and
 * one {@code dcat:distribution} per file. The release's own {@code void.ttl} and the served dataset description both
 * use them; only where the files are downloaded from differs.
 */
public final class ReleaseDescription {

    /** The licence of the data, and so of every release. */
    public static final String DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** DCAT 3's version terms (Jena's DCAT class has DCAT 2's). */
    public static final Property HAS_VERSION = ResourceFactory.createProperty(DCAT.NS + "hasVersion");
    public static final Property VERSION = ResourceFactory.createProperty(DCAT.NS + "version");
    public static final Property PREVIOUS_VERSION = ResourceFactory.createProperty(DCAT.NS + "previousVersion");

    private ReleaseDescription() {
    }

    /** The IRI of release {@code version}: {@code B releases/<version>}. */
    public static String iri(IriScheme iris, String version) {
        return iris.base() + "releases/" + version;
    }

    /**
     * Adds the description of {@code r} to {@code m}.
     *
     * @param downloadRoot the root URL its files are downloaded from, ending with {@code /} (a server's public URL,
     *        or the base IRI in the release's own file)
     */
    public static Resource describe(Model m, Release r, IriScheme iris, String downloadRoot) {
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
         .setNsPrefix("owl", OWL.NS).setNsPrefix("prov", PROV.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource dataset = m.createResource(iris.base());
        Resource rel = m.createResource(iri(iris, r.version()));
        dataset.addProperty(HAS_VERSION, rel);
        rel.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        rel.addProperty(DCTerms.title, "vdkg release " + r.version(), "en");
        rel.addProperty(DCTerms.isVersionOf, dataset);
        rel.addProperty(OWL.versionInfo, r.version());
        rel.addProperty(VERSION, r.version());
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(r.issued().toEpochMilli());
        rel.addLiteral(DCTerms.issued, m.createTypedLiteral(issued));
        if (r.previous() != null) {
            Resource prev = m.createResource(iri(iris, r.previous()));
            rel.addProperty(PROV.wasRevisionOf, prev);
            rel.addProperty(PREVIOUS_VERSION, prev);
        }
        rel.addLiteral(VOID.triples, r.quads());
        rel.addProperty(DCTerms.license, m.createResource(DATA_LICENCE));
        for (String name : r.files()) {
            Resource url = m.createResource(downloadRoot + "releases/" + r.version() + "/" + name);
            Resource dist = m.createResource(iri(iris, r.version()) + "/" + name);
            dist.addProperty(RDF.type, DCAT.Distribution);
            dist.addProperty(DCAT.downloadURL, url);
            dist.addProperty(DCTerms.title, title(name, r.previous()), "en");
            String type = name.endsWith(".gz") ? format(name).mediaType()
                    : Release.mediaType(name);
            dist.addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + type));
            dist.addProperty(DCTerms.format, type);
            if (name.endsWith(".gz")) {
                dist.addProperty(DCAT.compressFormat, m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
                rel.addProperty(VOID.dataDump, url);
            }
            dist.addProperty(DCTerms.license, m.createResource(DATA_LICENCE));
            rel.addProperty(DCAT.distribution, dist);
        }
        return rel;
    }

    /** The file name of the gzip-compressed dump in {@code format}: {@code vdkg.nq.gz}. */
    public static String dumpName(ExportFormat format) {
        return format.fileName() + ".gz";
    }

    private static ExportFormat format(String dumpName) {
        return ExportFormat.wholeDumps().stream().filter(f -> dumpName(f).equals(dumpName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a release dump: " + dumpName));
    }

    private static String title(String name, String previous) {
        return switch (name) {
            case Release.PATCH -> "RDF Patch from release " + previous;
            case Release.CHANGELOG -> "The changes since release " + (previous == null ? "(none: the first release)" : previous)
                    + " in words";
            case Release.DESCRIPTION -> "This description (VoID and DCAT)";
            default -> format(name).title() + ", gzip-compressed";
        };
    }
}
