package org.vdkg.publish;

import java.util.Comparator;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.vocab.VDKG;

/**
 * The JSON-LD context of the project's terms, generated from the ontology graph: a short name per vdkg
 * class and property (object properties typed {@code @id}, datatype properties with their XSD range), plus
 * the prefixes of the vocabularies the data uses.
 */
final class JsonLdContext {

    private JsonLdContext() {
    }

    static JsonObject build(Model ontology) {
        JsonObject ctx = new JsonObject();
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(Names.prefixes().getNsPrefixMap()).entrySet()) {
            ctx.put(p.getKey(), p.getValue());
        }
        ctx.put("label", "rdfs:label");
        ctx.put("prefLabel", "skos:prefLabel");
        ctx.put("altLabel", "skos:altLabel");
        ctx.put("definition", "skos:definition");
        ctx.put("wasDerivedFrom", idTerm("prov:wasDerivedFrom"));
        ontology.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && VDKG.localName(r.getURI()).filter(l -> !l.isEmpty()).isPresent())
                .sorted(Comparator.comparing(Resource::getURI))
                .forEach(r -> {
                    String local = VDKG.localName(r.getURI()).orElseThrow();
                    String id = "vdkg:" + local;
                    if (r.hasProperty(RDF.type, OWL.ObjectProperty)) {
                        ctx.put(local, idTerm(id));
                    } else if (r.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                        String xsd = xsdRange(r);
                        if (xsd == null) {
                            ctx.put(local, id);
                        } else {
                            JsonObject t = new JsonObject();
                            t.put("@id", id);
                            t.put("@type", xsd);
                            ctx.put(local, t);
                        }
                    } else {
                        ctx.put(local, id);
                    }
                });
        JsonObject doc = new JsonObject();
        doc.put("@context", ctx);
        return doc;
    }

    private static JsonObject idTerm(String id) {
        JsonObject t = new JsonObject();
        t.put("@id", id);
        t.put("@type", "@id");
        return t;
    }

    /** The single XSD range of a datatype property, as {@code xsd:name}; null when none or several. */
    private static String xsdRange(Resource p) {
        var ranges = p.listProperties(RDFS.range).toList().stream().map(st -> st.getObject())
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(XSDDatatype.XSD + "#")).toList();
        return ranges.size() == 1 ? "xsd:" + ranges.get(0).substring(XSDDatatype.XSD.length() + 1) : null;
    }
}
