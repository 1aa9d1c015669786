package org.vdkg.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;

/**
 * Reads the {@link ActorNetwork} from the union of a built database's graphs: edges are the shortcut relations of
 * {@link Relation}; their evidence (claims) and time spans come from re-running each relation's own derivation rule
 * as a SELECT that keeps the claim, so an edge is explained by exactly the claims that produced it.
 */
public final class NetworkReader {


    private final Model data;

    /** @param data the union of all graphs (ontology included: it holds the derivation rules and class tree) */
    public NetworkReader(Model data) {
        this.data = data;
    }

    /** The network of all actor-to-actor shortcut relations. */
    public ActorNetwork read() {
        Model selection = ModelFactory.createDefaultModel();
        for (Relation r : Relation.values()) {
            selection.add(data.listStatements(null, r.property(), (RDFNode) null));
        }
        return read(selection);
    }

    /**
     * The network of the statements in {@code selection} (e.g. the answer of a CONSTRUCT query) that link two IRIs,
     * {@code rdf:type} excepted; node labels, types and edge evidence are looked up in the whole database.
     */
    public ActorNetwork read(Model selection) {
        Map<Relation, Map<String, Set<Resource>>> evidence = new HashMap<>();
        // key "source|type|target" -> edge parts, sorted so ids and output are stable
        TreeMap<String, String[]> edges = new TreeMap<>();
        Set<Resource> nodes = new LinkedHashSet<>();
        for (StmtIterator it = selection.listStatements(); it.hasNext(); ) {
            Statement st = it.next();
            if (st.getPredicate().equals(RDF.type) || !st.getSubject().isURIResource() || !st.getObject().isURIResource()) {
                continue;
            }
            Resource s = st.getSubject();
            Resource o = st.getObject().asResource();
            if (s.equals(o)) {
                continue;
            }
            Relation rel = Relation.of(st.getPredicate().getURI()).orElse(null);
            String type = rel == null ? st.getPredicate().getLocalName() : rel.type();
            boolean directed = rel == null || !rel.symmetric();
            if (!directed && nodeId(s.getURI()).compareTo(nodeId(o.getURI())) > 0) {
                Resource t = s;
                s = o;
                o = t;
            }
            nodes.add(s);
            nodes.add(o);
            edges.put(nodeId(s.getURI()) + "|" + type + "|" + nodeId(o.getURI()),
                    new String[] {s.getURI(), type, o.getURI(), Boolean.toString(directed), rel == null ? "" : rel.name()});
        }
        List<ActorNetwork.Edge> edgeList = new ArrayList<>();
        int n = 0;
        for (String[] e : edges.values()) {
            Set<Resource> claims = Set.of();
            if (!e[4].isEmpty()) {
                Relation rel = Relation.valueOf(e[4]);
                Map<String, Set<Resource>> byPair = evidence.computeIfAbsent(rel, this::evidence);
                claims = byPair.getOrDefault(pairKey(rel, e[0], e[2]), Set.of());
            }
            List<ActorNetwork.Span> spans = claims.stream().map(this::span).filter(sp -> sp != null)
                    .sorted(Comparator.comparing((ActorNetwork.Span sp) -> sp.earliest() == null ? LocalDate.MIN : sp.earliest())
                            .thenComparing(sp -> sp.latest() == null ? LocalDate.MAX : sp.latest()))
                    .toList();
            edgeList.add(new ActorNetwork.Edge("e" + (++n), e[1], nodeId(e[0]), nodeId(e[2]), Boolean.parseBoolean(e[3]),
                    claims.size(), spans));
        }
        List<ActorNetwork.Node> nodeList = nodes.stream().map(this::node)
                .sorted(Comparator.comparing(ActorNetwork.Node::id)).toList();
        return new ActorNetwork(nodeList, edgeList);
    }

    /** The claims behind each pair of a relation, from its derivation rule turned into a SELECT. */
    private Map<String, Set<Resource>> evidence(Relation rel) {
        Map<String, Set<Resource>> out = new HashMap<>();
        Statement rule = data.getProperty(rel.property(), VDKG.derivation);
        if (rule == null) {
            return out;
        }
        Query construct = QueryFactory.create(rule.getString());
        Triple t = construct.getConstructTemplate().getTriples().stream()
                .filter(x -> x.getPredicate().getURI().equals(rel.property().getURI())).findFirst().orElse(null);
        if (t == null || !t.getSubject().isVariable() || !t.getObject().isVariable()) {
            return out;
        }
        Query select = new Query();
        select.setQuerySelectType();
        select.setPrefixMapping(construct.getPrefixMapping());
        select.setQueryPattern(construct.getQueryPattern());
        select.setDistinct(true);
        Node sv = t.getSubject();
        Node ov = t.getObject();
        select.addResultVar(sv);
        select.addResultVar(ov);
        select.addResultVar("claim");
        try (QueryExecution qe = QueryExecution.create(select, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode s = row.get(sv.getName());
                RDFNode o = row.get(ov.getName());
                Resource claim = row.getResource("claim");
                if (s != null && o != null && claim != null && s.isURIResource() && o.isURIResource()) {
                    out.computeIfAbsent(pairKey(rel, s.asResource().getURI(), o.asResource().getURI()),
                            k -> new LinkedHashSet<>()).add(claim);
                }
            }
        }
        return out;
    }

    private static String pairKey(Relation rel, String s, String o) {
        if (rel.symmetric() && s.compareTo(o) > 0) {
            return o + " " + s;
        }
        return s + " " + o;
    }

    private ActorNetwork.Span span(Resource claim) {
        LocalDate from = date(claim, VDKG.earliest);
        LocalDate to = date(claim, VDKG.latest);
        return from == null && to == null ? null : new ActorNetwork.Span(from, to);
    }

    private LocalDate date(Resource r, Property p) {
        Statement st = data.getProperty(r, p);
        if (st == null || !st.getObject().isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(st.getLiteral().getLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The node of one entity: labels, most specific type and Wikidata matches, from the whole database. */
    ActorNetwork.Node node(Resource r) {
        Map<String, String> labels = new TreeMap<>();
        for (StmtIterator it = data.listStatements(r, RDFS.label, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                labels.merge(l.getLanguage().isEmpty() ? "en" : l.getLanguage(), l.getString(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        String id = nodeId(r.getURI());
        return new ActorNetwork.Node(id, r.getURI(), path(r.getURI()), labels.getOrDefault("en", id), type(r), labels,
                wikidata(r, SKOS.exactMatch), wikidata(r, SKOS.closeMatch));
    }

    /**
     * The Wikidata IRI {@code r} is linked to by exactly {@code match} (an exact match is not also reported as a close
     * one, though skos:exactMatch is a sub-property of skos:closeMatch), or null.
     */
    private String wikidata(Resource r, Property match) {
        return data.listStatements(r, match, (RDFNode) null).toList().stream().map(Statement::getObject)
                .filter(o -> o.isURIResource() && IriScheme.wikidataId(o.asResource().getURI()).isPresent())
                .map(o -> o.asResource().getURI())
                .filter(u -> match.equals(SKOS.exactMatch) || !data.contains(r, SKOS.exactMatch, data.createResource(u)))
                .sorted().findFirst().orElse(null);
    }

    /** The most specific vdkg class of {@code r}: one that no other of its vdkg classes is a subclass of. */
    private String type(Resource r) {
        List<Resource> types = new ArrayList<>();
        for (StmtIterator it = data.listStatements(r, RDF.type, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(VDKG.NS) && !types.contains(o.asResource())) {
                types.add(o.asResource());
            }
        }
        return types.stream()
                .filter(t -> types.stream().noneMatch(other -> !other.equals(t) && isSubClass(other, t, new LinkedHashSet<>())))
                .map(Resource::getLocalName).sorted().findFirst().orElse("Thing");
    }

    private boolean isSubClass(Resource sub, Resource sup, Set<Resource> seen) {
        if (!seen.add(sub)) {
            return false;
        }
        for (StmtIterator it = data.listStatements(sub, RDFS.subClassOf, (RDFNode) null); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.equals(sup) || (o.isURIResource() && isSubClass(o.asResource(), sup, seen))) {
                return true;
            }
        }
        return false;
    }

    /** The id of a node: the IRI's path after {@code id/} with {@code /} as {@code .}, else the IRI made NMTOKEN-safe. */
    static String nodeId(String iri) {
        String s = IriScheme.idPath(iri).map(p -> p.replace('/', '.')).orElse(iri);
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The server-relative path of an entity IRI ({@code /id/...}), or null for an IRI outside {@code id/}. */
    static String path(String iri) {
        return IriScheme.path(iri);
    }
}
