package org.vdkg.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.Field;
import org.vdkg.model.TimeSpan;
import org.vdkg.problem.Position;
import org.vdkg.problem.Problem;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YNode;

/**
 * What claim mappers share: the base IRI, the entity index, the model of the current claim's graph,
 * the current claim node, and the map from every minted IRI to its position in the curated files
 * (used to locate SHACL results). Values that fail validation are skipped here: the validator
 * reports them.
 */
public final class MappingContext {

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
    public Optional<Resource> entity(String slug) {
        EntityRecord e = entities.get(slug);
        if (e == null || !EntityTypes.isType(e.type())) {
            return Optional.empty();
        }
        return Optional.of(model.createResource(iris.entity(EntityTypes.kindOf(e.type()), slug)));
    }

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
        BigDecimal n = new BigDecimal(lexical.trim());
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

    /** Adds the time triples of a valid {@code time:} value to {@code node}. */
    public void time(Resource node, YNode value) {
        List<Problem> ignored = new ArrayList<>();
        TimeSpan.read(value, ignored).ifPresent(t -> {
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
        });
    }

    /** quantity, quantity_min, quantity_max, quantity_text of {@code m} onto {@code node}. */
    public void quantity(Resource node, YMap m) {
        numberProperty(node, VDKG.quantity, m, "quantity");
        numberProperty(node, VDKG.quantityMin, m, "quantity_min");
        numberProperty(node, VDKG.quantityMax, m, "quantity_max");
        m.text("quantity_text").ifPresent(t -> node.addProperty(VDKG.quantityText, en(model, t)));
        m.text("unit").flatMap(u -> concept(Schemes.UNIT, u)).ifPresent(u -> node.addProperty(VDKG.unit, u));
    }

    private void numberProperty(Resource node, Property p, YMap m, String key) {
        m.text(key).filter(Values::isNumber).ifPresent(v -> node.addProperty(p, number(model, v)));
    }

    private void entities(Resource node, Property p, Optional<YNode> value) {
        for (Located<String> slug : Values.texts(value)) {
            entity(slug.value()).ifPresent(e -> node.addProperty(p, e));
        }
    }

    /** Maps one kind key of {@code c} onto the current claim node. */
    public void mapField(ClaimRecord c, Field f) {
        Optional<YNode> value = c.node().get(f.key());
        if (value.isEmpty()) {
            return;
        }
        Property p = f.property();
        switch (f.type()) {
            case ENTITY, ENTITIES -> entities(claim, p, value);
            case TEXT -> c.node().text(f.key()).ifPresent(t -> claim.addProperty(p, en(model, t)));
            case TEXTS -> Values.texts(value).forEach(t -> claim.addProperty(p, en(model, t.value())));
            case CONCEPT, CONCEPTS -> Values.texts(value).forEach(t ->
                concept(f.scheme(), t.value()).ifPresent(x -> claim.addProperty(p, x)));
            case QUANTITY -> {
                if (value.get() instanceof YMap m) {
                    Resource q = subNode("/" + (p.equals(VDKG.hasCount) ? "count" : f.key()), VDKG.Quantity, m.pos());
                    quantity(q, m);
                    claim.addProperty(p, q);
                    lastQuantity = q;
                }
            }
            case UNIT -> c.node().text(f.key()).flatMap(u -> concept(Schemes.UNIT, u)).ifPresent(u ->
                (lastQuantity != null ? lastQuantity : claim).addProperty(p, u));
            case VALUE -> {
                if (value.get() instanceof YMap m) {
                    Resource v = subNode("/value", VDKG.MonetaryValue, m.pos());
                    m.text("amount").filter(Values::isNumber)
                        .ifPresent(a -> v.addProperty(VDKG.amount, number(model, a)));
                    m.text("currency").flatMap(x -> concept(Schemes.CURRENCY, x))
                        .ifPresent(x -> v.addProperty(VDKG.currency, x));
                    claim.addProperty(p, v);
                }
            }
            case ITEMS -> {
                int n = 0;
                for (YMap m : Values.maps(value)) {
                    Resource line = subNode("/item/" + (++n), VDKG.ItemLine, m.pos());
                    entities(line, VDKG.item, m.get("item"));
                    quantity(line, m);
                    m.text("note").ifPresent(t -> line.addProperty(VDKG.curatorNote, en(model, t)));
                    claim.addProperty(p, line);
                }
            }
            case PARTICIPANTS -> {
                int n = 0;
                for (YMap m : Values.maps(value)) {
                    Resource part = subNode("/participant/" + (++n), VDKG.Participation, m.pos());
                    entities(part, VDKG.participant, m.get("actor"));
                    m.text("role").flatMap(r -> concept(Schemes.ROLE, r)).ifPresent(r -> part.addProperty(VDKG.role, r));
                    claim.addProperty(p, part);
                }
            }
            case MILESTONES -> {
                int n = 0;
                for (YMap m : Values.maps(value)) {
                    Resource ms = subNode("/milestone/" + (++n), VDKG.Milestone, m.pos());
                    m.text("event").flatMap(k -> concept(Schemes.MILESTONE_KIND, k))
                        .ifPresent(k -> ms.addProperty(VDKG.milestoneKind, k));
                    m.get("time").ifPresent(t -> time(ms, t));
                    claim.addProperty(p, ms);
                }
            }
            case POINTS -> {
                int n = 0;
                for (YMap m : Values.maps(value)) {
                    Resource pt = subNode("/point/" + (++n), VDKG.SeriesPoint, m.pos());
                    m.text("measure").ifPresent(t -> pt.addProperty(VDKG.measure, en(model, t)));
                    m.get("time").ifPresent(t -> time(pt, t));
                    quantity(pt, m);
                    claim.addProperty(p, pt);
                }
            }
            case POLICY_ITEMS -> {
                int n = 0;
                for (YMap m : Values.maps(value)) {
                    n++;
                    int order = m.text("n").flatMap(Values::integer).orElse(n);
                    Resource item = subNode("/policy-item/" + n, VDKG.PolicyItem, m.pos());
                    item.addProperty(VDKG.order, integer(model, order));
                    m.text("text").ifPresent(t -> item.addProperty(VDKG.text, en(model, t)));
                    entities(item, VDKG.refersTo, m.get("refers_to"));
                    claim.addProperty(p, item);
                }
            }
            case DESTINATIONS -> {
                int n = 0;
                for (Located<String> slug : Values.texts(value)) {
                    n++;
                    Resource d = subNode("/destination/" + n, VDKG.Destination, slug.pos());
                    entity(slug.value()).ifPresent(e -> d.addProperty(VDKG.destination, e));
                    d.addProperty(VDKG.order, integer(model, n));
                    claim.addProperty(p, d);
                }
            }
            case CLAIM, CLAIMS -> Values.texts(value).stream().filter(t -> claimIds.contains(t.value()))
                .forEach(t -> claim.addProperty(p, claimResource(t.value())));
            default -> throw new IllegalStateException("unhandled value type " + f.type());
        }
    }

    /** A fresh position index. */
    public static Map<String, Position> newPositions() {
        return new HashMap<>();
    }
}
