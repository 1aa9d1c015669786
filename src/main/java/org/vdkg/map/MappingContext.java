package org.vdkg.map;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.TimeSpan;
import org.vdkg.model.value.ValueMapping;
import org.vdkg.problem.Position;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;

/**
 * What claim mappers share: the base IRI, the entity index, the model of the current claim's graph,
 * the current claim node, and the map from every minted IRI to its position in the curated files
 * (used to locate SHACL results). Each claim value maps itself through it ({@link ValueMapping}); values that fail
 * validation are skipped here: the validator reports them.
 */
public final class MappingContext implements ValueMapping {

    private final IriScheme iris;
    private final Map<String, EntityRecord> entities;
    private final Map<String, Position> positions;
    private Model model;
    private Resource claim;
    private String sourceId;
    private Set<String> claimIds = Set.of();
    private Resource lastQuantity;

    public MappingContext(IriScheme iris, Map<String, EntityRecord> entities, Map<String, Position> positions) {
        this.iris = iris;
        this.entities = entities;
        this.positions = positions;
    }

    public IriScheme iris() {
        return iris;
    }

    public Model model() {
        return model;
    }

    @Override
    public Resource claim() {
        return claim;
    }

    /** Points the context at the graph of source {@code sourceId}, whose claims have {@code claimIds}. */
    void enterSource(Model m, String source, Set<String> ids) {
        this.model = m;
        this.sourceId = source;
        this.claimIds = ids;
    }

    void enterClaim(Resource c) {
        this.claim = c;
        this.lastQuantity = null;
    }

    /** Records where {@code iri} was written, the first time it is minted. */
    public void locate(String iri, Position pos) {
        positions.putIfAbsent(iri, pos);
    }

    /** The IRI of an entity slug, or empty if the authority file lacks it. */
    @Override
    public Optional<Resource> entity(String slug) {
        EntityRecord e = entities.get(slug);
        if (e == null || !EntityTypes.isType(e.type())) {
            return Optional.empty();
        }
        return Optional.of(model.createResource(iris.entity(EntityTypes.kindOf(e.type()), slug)));
    }

    @Override
    public Optional<Resource> concept(String scheme, String slug) {
        if (slug == null || !Schemes.contains(scheme, slug)) {
            return Optional.empty();
        }
        return Optional.of(model.createResource(iris.concept(scheme, slug)));
    }

    public Resource claimResource(String claimId) {
        return model.createResource(iris.claim(sourceId, claimId));
    }

    /** A sub-node of the current claim: claim IRI + suffix (never a blank node). */
    @Override
    public Resource subNode(String suffix, Resource type, Position pos) {
        String iri = claim.getURI() + suffix;
        locate(iri, pos);
        Resource r = model.createResource(iri);
        r.addProperty(RDF.type, type);
        return r;
    }

    public static Literal en(Model m, String text) {
        return m.createLiteral(text, "en");
    }

    /** A number of the curated data as a literal: xsd:integer when whole, else xsd:decimal. */
    public static Literal number(Model m, String lexical) {
        return number(m, new BigDecimal(lexical.trim()));
    }

    /** A number as a literal: xsd:integer when whole, else xsd:decimal. */
    public static Literal number(Model m, BigDecimal n) {
        // A whole number becomes xsd:integer, so that a query may match it as written (vdkg:quantity 2380):
        // SPARQL matches terms, and a TDB2 store would hand an xsd:decimal back as "2380.0".
        if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
            return m.createTypedLiteral(n.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
        }
        return m.createTypedLiteral(n.toPlainString(), XSDDatatype.XSDdecimal);
    }

    public static Literal positiveInteger(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDpositiveInteger);
    }

    public static Literal integer(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /** Adds the time triples of {@code t} to {@code node}. */
    @Override
    public void time(Resource node, TimeSpan t) {
        node.addProperty(VDKG.edtf, t.edtf());
        if (t.text() != null) {
            node.addProperty(VDKG.timeText, en(model, t.text()));
        }
        if (t.earliest() != null) {
            node.addProperty(VDKG.earliest, model.createTypedLiteral(t.earliest().toString(), XSDDatatype.XSDdate));
        }
        if (t.latest() != null) {
            node.addProperty(VDKG.latest, model.createTypedLiteral(t.latest().toString(), XSDDatatype.XSDdate));
        }
    }

    @Override
    public Optional<Resource> quantityNode() {
        return Optional.ofNullable(lastQuantity);
    }

    @Override
    public void quantityNode(Resource node) {
        lastQuantity = node;
    }

    @Override
    public Literal en(String text) {
        return en(model, text);
    }

    @Override
    public Literal number(BigDecimal n) {
        return number(model, n);
    }

    @Override
    public Literal integer(int n) {
        return integer(model, n);
    }

    @Override
    public Optional<Resource> claimRef(String id) {
        return claimIds.contains(id) ? Optional.of(claimResource(id)) : Optional.empty();
    }

    /** A fresh position index. */
    public static Map<String, Position> newPositions() {
        return new HashMap<>();
    }
}
