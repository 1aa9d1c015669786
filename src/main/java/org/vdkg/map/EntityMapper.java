package org.vdkg.map;

import org.vdkg.vocab.EntityTypes;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.model.EntityLink;
import org.vdkg.model.Provenance;
import org.vdkg.model.EntityRecord;
import org.vdkg.yaml.Located;
import org.vdkg.problem.Position;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YScalar;
import org.vdkg.validate.LanguageTag;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;

/**
 * Maps one entity of the authority file to {@code graph/entities}: type, names, description, identifiers, links and
 * values; and, for every value that no article states, a {@code vdkg:ValueOrigin} node ({@code <entity>/origin/...})
 * that names the triple and says where its value comes from. Values that fail validation are skipped: the validator
 * reports them.
 */
final class EntityMapper {

    private final IriScheme iris;
    private final Model model;
    private final Map<String, EntityRecord> entities;
    private final Map<String, Position> positions;

    EntityMapper(IriScheme iris, Model model, Map<String, EntityRecord> entities, Map<String, Position> positions) {
        this.iris = iris;
        this.model = model;
        this.entities = entities;
        this.positions = positions;
    }

    void map(EntityRecord e) {
        if (!EntityTypes.isType(e.type())) {
            return;
        }
        String iri = iris.entity(EntityTypes.kindOf(e.type()), e.id());
        positions.putIfAbsent(iri, e.pos());
        Resource r = model.createResource(iri);
        YMap node = e.node();
        r.addProperty(RDF.type, VDKG.classNamed(e.type()));
        // A key that is no language tag is the validator's error (VDKG-E020); RDF cannot hold it, so it is left out here.
        e.labels().forEach((lang, label) -> {
            if (LanguageTag.isValid(lang)) {
                r.addProperty(RDFS.label, model.createLiteral(label, lang));
                r.addProperty(SKOS.prefLabel, model.createLiteral(label, lang));
            }
        });
        e.aliases().forEach((lang, names) -> names.stream().filter(n -> LanguageTag.isValid(lang))
            .forEach(n -> r.addProperty(SKOS.altLabel, model.createLiteral(n, lang))));
        outsideNames(r, node);
        node.get("description").ifPresent(d -> {
            if (d instanceof YMap dm) {
                Optional<Provenance> origin = Provenance.of(dm);
                dm.entries().values().stream().filter(x -> !Provenance.KEYS.contains(x.key()) && LanguageTag.isValid(x.key())).forEach(x -> {
                    if (x.value() instanceof YScalar s && !s.isNull()) {
                        var text = model.createLiteral(s.value(), x.key());
                        r.addProperty(SKOS.definition, text);
                        origin.ifPresent(p -> origin(r, "description/" + x.key(), SKOS.definition, text, p));
                    }
                });
            }
        });
        node.text("wikidata").ifPresent(q -> {
            String match = node.text("wikidata_match").orElse("exact");
            Property p = "close".equals(match) ? SKOS.closeMatch : SKOS.exactMatch;
            Resource item = model.createResource(IriScheme.wikidata(q));
            r.addProperty(p, item);
            origin(r, "wikidata", p, item, new Provenance("wikidata-table", null, null, node.posOf("wikidata")));
        });
        node.text("code").ifPresent(code -> r.addProperty(VDKG.projectCode, code));
        node.text("note").ifPresent(n -> r.addProperty(VDKG.curatorNote, MappingContext.en(model, n)));
        for (EntityLink link : EntityLink.values()) {
            node.get(link.key()).filter(YMap.class::isInstance).map(YMap.class::cast).ifPresent(m -> {
                Optional<Provenance> origin = Provenance.of(m);
                for (Located<String> slug : Values.texts(m.get("of"))) {
                    target(slug.value()).ifPresent(t -> {
                        r.addProperty(link.property(), t);
                        origin.ifPresent(p -> origin(r, link.segment() + "/" + slug.value(), link.property(), t, p));
                    });
                }
            });
        }
        node.text("no_state").ifPresent(t -> r.addProperty(VDKG.noStateReason, MappingContext.en(model, t)));
        node.get("per_unit").filter(YMap.class::isInstance).map(YMap.class::cast).ifPresent(m -> {
            Resource q = model.createResource(iri + "/per-unit");
            positions.putIfAbsent(q.getURI(), m.pos());
            q.addProperty(RDF.type, VDKG.Quantity);
            m.text("quantity").filter(Values::isNumber)
                .ifPresent(v -> q.addProperty(VDKG.quantity, MappingContext.number(model, v)));
            m.text("unit").filter(u -> Schemes.contains(Schemes.UNIT, u))
                .ifPresent(u -> q.addProperty(VDKG.unit, model.createResource(iris.concept(Schemes.UNIT, u))));
            r.addProperty(VDKG.perUnit, q);
            Provenance.of(m).ifPresent(p -> origin(r, "per-unit", VDKG.perUnit, q, p));
        });
        node.get("ordinal").filter(YMap.class::isInstance).map(YMap.class::cast).ifPresent(m ->
            m.text("n").flatMap(Values::integer).filter(n -> n > 0).ifPresent(n -> {
                var value = MappingContext.positiveInteger(model, n);
                r.addProperty(VDKG.ordinal, value);
                Provenance.of(m).ifPresent(p -> origin(r, "ordinal", VDKG.ordinal, value, p));
            }));
    }

    /** Origin nodes of the names of {@code names: {lang: {label, aliases, origin}}}. */
    private void outsideNames(Resource r, YMap node) {
        node.get("names").filter(YMap.class::isInstance).map(YMap.class::cast).ifPresent(nm ->
            nm.entries().values().forEach(e -> {
                if (!(e.value() instanceof YMap block) || !LanguageTag.isValid(e.key())) {
                    return;
                }
                Optional<Provenance> origin = Provenance.of(block);
                if (origin.isEmpty()) {
                    return;
                }
                block.text("label").ifPresent(l ->
                    origin(r, "label/" + e.key(), SKOS.prefLabel, model.createLiteral(l, e.key()), origin.get()));
                int n = 0;
                for (Located<String> alias : Values.texts(block.get("aliases"))) {
                    origin(r, "alias/" + e.key() + "/" + (++n), SKOS.altLabel,
                        model.createLiteral(alias.value(), e.key()), origin.get());
                }
            }));
    }

    private Optional<Resource> target(String slug) {
        EntityRecord t = entities.get(slug);
        if (t == null || !EntityTypes.isType(t.type())) {
            return Optional.empty();
        }
        return Optional.of(model.createResource(iris.entity(EntityTypes.kindOf(t.type()), slug)));
    }

    /** The origin node {@code <entity>/origin/<path>} of the triple (entity, property, value). */
    private void origin(Resource entity, String path, Property property, RDFNode value, Provenance p) {
        Optional<Resource> concept = Schemes.contains(Schemes.ORIGIN, p.origin())
            ? Optional.of(model.createResource(iris.concept(Schemes.ORIGIN, p.origin()))) : Optional.empty();
        if (concept.isEmpty()) {
            return;
        }
        Resource o = model.createResource(entity.getURI() + "/origin/" + path);
        positions.putIfAbsent(o.getURI(), p.pos());
        o.addProperty(RDF.type, VDKG.ValueOrigin);
        o.addProperty(VDKG.annotatedEntity, entity);
        o.addProperty(VDKG.annotatedProperty, property);
        o.addProperty(VDKG.annotatedValue, value);
        o.addProperty(VDKG.origin, concept.get());
        if (p.ref() != null) {
            o.addProperty(VDKG.reference, p.ref());
        }
        if (p.note() != null) {
            o.addProperty(VDKG.curatorNote, MappingContext.en(model, p.note()));
        }
    }
}
