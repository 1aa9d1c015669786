package org.vdkg.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.VDKG;

/**
 * The description of one IRI of the graph: its own triples, the claims that mention it with their
 * sub-nodes and evidence, the origin records of its values that no article states, the links pointing at it,
 * and the labels of every node named in all that (so that a page or a client can show names without another
 * request).
 */
final class ResourceDescriber {

    private static final List<Property> NAMES = List.of(RDFS.label, SKOS.prefLabel, DCTerms.title);

    private final IriScheme iris;

    ResourceDescriber(IriScheme iris) {
        this.iris = iris;
    }

    /** The description, or null when the graph says nothing about {@code iri} as a subject. */
    Model describe(Model union, String iri) {
        Resource r = union.createResource(iri);
        if (!union.contains(r, null, (RDFNode) null)) {
            return null;
        }
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(union.getNsPrefixMap());
        out.add(union.listStatements(r, null, (RDFNode) null));
        // Where a place's coordinates come from: the gazetteer record and the package release it was copied from.
        for (RDFNode rec : union.listObjectsOfProperty(r, VDKG.coordinatesFrom).toList()) {
            out.add(union.listStatements(rec.asResource(), null, (RDFNode) null));
            for (RDFNode release : union.listObjectsOfProperty(rec.asResource(), PROV.wasDerivedFrom).toList()) {
                if (release.isResource()) {
                    out.add(union.listStatements(release.asResource(), null, (RDFNode) null));
                }
            }
        }
        // An entity's own sub-nodes (a quantity per unit: entity IRI + "/per-unit") are part of its description.
        for (RDFNode o : union.listObjectsOfProperty(r, null).toList()) {
            if (o.isURIResource() && o.asResource().getURI().startsWith(iri + "/")) {
                out.add(union.listStatements(o.asResource(), null, (RDFNode) null));
            }
        }
        if (iris.isClaimNode(iri)) {
            addClaim(union, iris.claimOf(iri), out);
        }
        Set<String> claims = new HashSet<>();
        for (Statement st : union.listStatements(null, null, r).toList()) {
            String s = st.getSubject().getURI();
            if (s != null && iris.isClaimNode(s)) {
                String claim = iris.claimOf(s);
                if (claims.add(claim)) {
                    addClaim(union, claim, out);
                }
            } else if (st.getPredicate().equals(VDKG.annotatedEntity)) {
                // The origin record of one of this resource's values: the page shows it beside the value.
                out.add(union.listStatements(st.getSubject(), null, (RDFNode) null));
            } else {
                out.add(st);
            }
        }
        addNames(union, out);
        return out;
    }

    /** The claim's triples and those of the sub-nodes it reaches (citation, item lines, participants...). */
    private void addClaim(Model union, String claim, Model out) {
        Deque<Resource> todo = new ArrayDeque<>();
        Set<Resource> seen = new HashSet<>();
        todo.add(union.createResource(claim));
        while (!todo.isEmpty()) {
            Resource node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            for (Statement st : union.listStatements(node, null, (RDFNode) null).toList()) {
                out.add(st);
                if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(claim + "/")) {
                    todo.add(st.getObject().asResource());
                }
            }
        }
    }

    /** Labels and titles of every IRI the description names. */
    private static void addNames(Model union, Model out) {
        Set<Resource> named = new HashSet<>();
        out.listStatements().forEach(st -> {
            named.add(st.getSubject());
            if (st.getObject().isURIResource()) {
                named.add(st.getObject().asResource());
            }
        });
        for (Resource n : named) {
            for (Property p : NAMES) {
                out.add(union.listStatements(n, p, (RDFNode) null));
            }
        }
    }
}
