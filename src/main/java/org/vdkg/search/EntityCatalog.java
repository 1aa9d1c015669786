package org.vdkg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/** Reads what search results show about an entity (names, types, description, Wikidata item) from the served dataset. */
public final class EntityCatalog {


    /** One name of an entity: a label (the article's own name, one per language) or an alias. */
    public record Name(String text, String lang, boolean alias) {
    }

    /**
     * What is known of one entity.
     *
     * @param iri the entity IRI
     * @param id the reconciliation id, {@code <kind>/<slug>}
     * @param name the English label (or the first label)
     * @param types the entity's curated types (local names in the vdkg ontology)
     * @param allTypes its own and inferred types (superclasses too)
     * @param wikidata the Q-id of its exact Wikidata match ({@code skos:exactMatch}: the same thing, verified)
     * @param wikidataClose the Q-id of a close match only ({@code skos:closeMatch}: related, not the same)
     */
    public record Entity(String iri, String id, String name, String description, List<String> types,
                         Set<String> allTypes, List<Name> names, Optional<String> wikidata,
                         Optional<String> wikidataClose) {

        /** The server-relative path of the entity's page, mirroring the IRI path ({@code /id/person/ho-chi-minh}). */
        public String path() {
            return "/" + IriScheme.ID + id;
        }
    }

    private final DatasetGraph dsg;

    public EntityCatalog(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The entity of {@code iri}; call inside a read transaction. Empty when it is not an entity or not in the data. */
    Optional<Entity> entity(String iri) {
        Optional<IriScheme.EntityIri> parsed = IriScheme.entityIri(iri);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Node s = NodeFactory.createURI(iri);
        Graph entities = dsg.getGraph(NodeFactory.createURI(new IriScheme(parsed.get().base()).graph("entities")));
        List<Name> names = new ArrayList<>();
        for (Triple t : entities.find(s, RDFS.label.asNode(), Node.ANY).toList()) {
            names.add(name(t.getObject(), false));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        for (Triple t : entities.find(s, SKOS.altLabel.asNode(), Node.ANY).toList()) {
            names.add(name(t.getObject(), true));
        }
        names.sort(Comparator.comparing(Name::alias).thenComparing(n -> !"en".equals(n.lang())).thenComparing(Name::lang).thenComparing(Name::text));
        String label = names.stream().filter(n -> !n.alias() && "en".equals(n.lang())).map(Name::text).findFirst().orElse(names.get(0).text());
        String description = entities.find(s, SKOS.definition.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse("");
        List<String> own = vdkgTypes(entities, s);
        Set<String> all = new LinkedHashSet<>(own);
        all.addAll(vdkgTypes(dsg.getUnionGraph(), s));
        Optional<String> wikidata = wikidata(entities, s, SKOS.exactMatch.asNode()).stream().findFirst();
        // A close match is only close when it is not also exact (skos:exactMatch implies skos:closeMatch).
        Optional<String> close = wikidata(entities, s, SKOS.closeMatch.asNode()).stream()
                .filter(q -> wikidata.isEmpty() || !wikidata.get().equals(q)).findFirst();
        return Optional.of(new Entity(iri, parsed.get().id(), label, description, own, all, List.copyOf(names), wikidata, close));
    }

    /** The Wikidata Q-ids that {@code s} is linked to by exactly {@code match}, sorted. */
    private static List<String> wikidata(Graph g, Node s, Node match) {
        return g.find(s, match, Node.ANY).toList().stream()
                .map(t -> t.getObject().isURI() ? t.getObject().getURI() : "")
                .flatMap(u -> IriScheme.wikidataId(u).stream()).sorted().toList();
    }

    /** The entity with reconciliation id {@code <kind>/<slug>}, under the base IRI of the data. */
    Optional<Entity> byId(String id, String base) {
        return entity(new IriScheme(base).resource(id));
    }

    private static Name name(Node literal, boolean alias) {
        return new Name(literal.getLiteralLexicalForm(), literal.getLiteralLanguage(), alias);
    }

    private static List<String> vdkgTypes(Graph g, Node s) {
        return g.find(s, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(Node::isURI).flatMap(o -> VDKG.localName(o.getURI()).stream())
                .sorted().distinct().toList();
    }

    /** The base IRI of the data (from the build metadata), e.g. {@code https://w3id.org/vdkg/}; call inside a read transaction. */
    Optional<String> base() {
        Node dataset = VOID.Dataset.asNode();
        return dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), dataset)
                .map(q -> q.getSubject()).filter(Node::isURI).map(Node::getURI).findFirst();
    }

    /** The English label of a vdkg class ({@code State} -> "state"), or its local name; call inside a read transaction. */
    String typeLabel(String local) {
        Node cls = NodeFactory.createURI(VDKG.NS + local);
        return dsg.getUnionGraph().find(cls, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(local);
    }
}
