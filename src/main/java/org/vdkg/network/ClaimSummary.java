package org.vdkg.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * A claim in a few words for lists, pop-ups and bars: its kind and the names of the entities it links (those of
 * its sub-nodes too, such as a visit's destinations), e.g. "visit: Ho Chi Minh, Kunming".
 */
public final class ClaimSummary {

    private ClaimSummary() {
    }

    /** The claim's own class: a vdkg class other than vdkg:Claim (claims have one such asserted class), or null. */
    public static Resource kind(Model data, Resource claim) {
        List<Resource> kinds = new ArrayList<>();
        for (StmtIterator it = data.listStatements(claim, RDF.type, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(VDKG.NS) && !o.equals(VDKG.Claim)) {
                kinds.add(o.asResource());
            }
        }
        return kinds.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).findFirst().orElse(null);
    }

    /** The English label of the claim's kind ("visit"), or "claim". */
    public static String kindLabel(Model data, Resource claim) {
        Resource kind = kind(data, claim);
        return kind == null ? "claim" : label(data, kind, kind.getLocalName());
    }

    /**
     * English names of the entities the claim links, directly or through its sub-nodes, sorted; at most {@code max}.
     */
    public static List<String> names(Model data, Resource claim, int max) {
        Set<String> names = new LinkedHashSet<>();
        List<Resource> nodes = new ArrayList<>(List.of(claim));
        // Every name first, then the first max in order: a store's own order must not choose which ones are shown.
        for (int i = 0; i < nodes.size(); i++) {
            for (StmtIterator it = data.listStatements(nodes.get(i), null, (RDFNode) null); it.hasNext(); ) {
                Statement st = it.next();
                if (st.getPredicate().equals(RDF.type) || !st.getObject().isURIResource()) {
                    continue;
                }
                String o = st.getObject().asResource().getURI();
                if (o.startsWith(claim.getURI() + "/")) {
                    if (!nodes.contains(st.getObject().asResource())) {
                        nodes.add(st.getObject().asResource());
                    }
                } else if (IriScheme.kind(o).filter(k -> !k.equals("claim") && !k.equals("concept") && !k.equals("source")).isPresent()) {
                    String l = label(data, st.getObject().asResource(), null);
                    if (l != null) {
                        names.add(l);
                    }
                }
            }
        }
        return names.stream().sorted().limit(max).toList();
    }

    /** "kind: name, name" (or just the kind when the claim links no named entity). */
    public static String title(Model data, Resource claim) {
        List<String> names = names(data, claim, 4);
        String kind = kindLabel(data, claim);
        return names.isEmpty() ? kind : kind + ": " + String.join(", ", names);
    }

    /** The English rdfs:label of {@code r}, or {@code fallback}. */
    public static String label(Model data, Resource r, String fallback) {
        for (StmtIterator it = data.listStatements(r, RDFS.label, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isLiteral() && o.asLiteral().getLanguage().equals("en")) {
                return o.asLiteral().getString();
            }
        }
        return fallback;
    }
}
