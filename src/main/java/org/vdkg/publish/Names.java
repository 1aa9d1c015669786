package org.vdkg.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/** Human-readable names of IRIs for pages: an English label where there is one, else a prefixed name. */
final class Names {

    private static final List<Property> NAMES = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Extended)
            .setNsPrefix("vdkg", VDKG.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("wd", IriScheme.WIKIDATA)
            .lock();

    private final Model[] sources;

    /** @param sources models searched for labels, in order */
    Names(Model... sources) {
        this.sources = sources;
    }

    static PrefixMapping prefixes() {
        return PREFIXES;
    }

    static String curie(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s;
    }

    /** The best label of {@code iri}: English, then untagged, then any language; empty if none. */
    Optional<String> label(String iri) {
        for (Model m : sources) {
            Resource r = m.createResource(iri);
            for (Property p : NAMES) {
                Optional<Literal> best = m.listObjectsOfProperty(r, p).toList().stream()
                        .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                        .min(Comparator.comparingInt(Names::rank).thenComparing(Literal::getLexicalForm));
                if (best.isPresent()) {
                    return Optional.of(best.get().getLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    String name(String iri) {
        return label(iri).orElseGet(() -> curie(iri));
    }

    private static int rank(Literal l) {
        String lang = l.getLanguage();
        return lang.equals("en") ? 0 : lang.isEmpty() ? 1 : 2;
    }
}
