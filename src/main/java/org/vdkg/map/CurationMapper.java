package org.vdkg.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.vdkg.model.ClaimKind;
import org.vdkg.model.ClaimKeys;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.Curation;
import org.vdkg.model.EntityRecord;
import org.vdkg.model.FootnoteRecord;
import org.vdkg.model.SourceRecord;
import org.vdkg.model.WorkRecord;
import org.vdkg.problem.Position;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.PROV;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YScalar;

/**
 * Maps the curated facts into named graphs: entities to {@code graph/entities}, sources and works to
 * {@code graph/sources}, the claims of source S to {@code graph/S}. It keeps, for every IRI it mints,
 * the position it came from.
 */
public final class CurationMapper {

    private final IriScheme iris;
    private final Dataset dataset;
    private final Map<String, Position> positions;
    private final Map<String, EntityRecord> entities = new LinkedHashMap<>();
    private final Map<String, SourceRecord> sources = new LinkedHashMap<>();
    private final Set<String> workIds = new HashSet<>();
    /** The claims files of each source, in the order the sources' first files were read. */
    private final Map<String, List<ClaimsFile>> claimsFiles = new LinkedHashMap<>();
    private final MappingContext ctx;

    private CurationMapper(Curation c, String base, Dataset dataset, Map<String, Position> positions) {
        this.iris = new IriScheme(base);
        this.dataset = dataset;
        this.positions = positions;
        c.entities().stream().filter(e -> e.id() != null).forEach(e -> entities.putIfAbsent(e.id(), e));
        c.sources().stream().filter(s -> s.id() != null).forEach(s -> sources.putIfAbsent(s.id(), s));
        for (ClaimsFile f : c.claimsFiles()) {
            String sid = f.source() == null ? f.stem() : f.source().value();
            if (sources.containsKey(sid)) {
                claimsFiles.computeIfAbsent(sid, k -> new ArrayList<>()).add(f);
            }
        }
        this.ctx = new MappingContext(iris, entities, positions);
    }

    /** Adds the graphs of {@code curation} to {@code dataset}; records IRI positions in {@code positions}. */
    public static void map(Curation curation, String base, Dataset dataset, Map<String, Position> positions) {
        CurationMapper mapper = mapShared(curation, base, dataset, positions);
        mapper.sourceIds().forEach(mapper::mapSource);
    }

    /**
     * Maps what every source's claims refer to (entities, sources and works) and returns a mapper for the
     * claims of each source, so that a caller can take each source's graph as soon as it is mapped.
     */
    public static CurationMapper mapShared(Curation curation, String base, Dataset dataset,
                                           Map<String, Position> positions) {
        CurationMapper mapper = new CurationMapper(curation, base, dataset, positions);
        mapper.mapShared(curation);
        return mapper;
    }

    /** The ids of the sources that have claims, each the name of one graph ({@code IriScheme.graph(id)}). */
    public List<String> sourceIds() {
        return List.copyOf(claimsFiles.keySet());
    }

    private void mapShared(Curation c) {
        EntityMapper entityMapper = new EntityMapper(iris, dataset.getNamedModel(iris.graph("entities")), entities,
            positions);
        entities.values().forEach(entityMapper::map);
        Model sm = dataset.getNamedModel(iris.graph("sources"));
        for (WorkRecord w : c.works()) {
            if (w.id() != null && workIds.add(w.id())) {
                mapWork(sm, w);
            }
        }
        for (SourceRecord s : sources.values()) {
            mapSource(sm, s, workIds);
        }
    }

    /** Maps the claims of source {@code sid} into its graph of the dataset. */
    public void mapSource(String sid) {
        SourceRecord source = sources.get(sid);
        Model cm = dataset.getNamedModel(iris.graph(sid));
        for (ClaimsFile f : claimsFiles.getOrDefault(sid, List.of())) {
            Set<String> ids = new HashSet<>();
            f.claims().stream().map(ClaimRecord::id).filter(Objects::nonNull).forEach(ids::add);
            ctx.enterSource(cm, sid, ids);
            Set<String> done = new HashSet<>();
            for (ClaimRecord claim : f.claims()) {
                if (claim.id() != null && done.add(claim.id())) {
                    claim.claimKind().ifPresent(m -> mapClaim(ctx, source, f, claim, m, workIds));
                }
            }
        }
    }

    private static final List<String> UNKNOWN_ABLE = List.of("title", "author", "publisher", "published", "language");

    private void mapSource(Model m, SourceRecord s, Set<String> workIds) {
        String iri = iris.source(s.id());
        positions.putIfAbsent(iri, s.pos());
        Resource r = m.createResource(iri);
        YMap n = s.node();
        r.addProperty(RDF.type, VDKG.SourceArticle);
        for (String key : UNKNOWN_ABLE) {
            Optional<String> v = n.text(key);
            if (v.isEmpty()) {
                continue;
            }
            if ("unknown".equals(v.get())) {
                r.addProperty(VDKG.unknownField, key);
                continue;
            }
            switch (key) {
                case "title" -> r.addProperty(DCTerms.title, v.get());
                case "author" -> r.addProperty(DCTerms.creator, v.get());
                case "publisher" -> r.addProperty(DCTerms.publisher, v.get());
                case "published" -> {
                    if (v.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        r.addProperty(DCTerms.issued, m.createTypedLiteral(v.get(), XSDDatatype.XSDdate));
                    } else {
                        r.addProperty(DCTerms.issued, v.get());
                    }
                }
                case "language" -> r.addProperty(DCTerms.language, v.get());
                default -> throw new IllegalStateException(key);
            }
        }
        n.text("title_supplied").filter("true"::equals)
            .ifPresent(t -> r.addProperty(VDKG.titleSupplied, m.createTypedLiteral(true)));
        if (s.paragraphs() > 0) {
            r.addProperty(VDKG.paragraphCount, MappingContext.positiveInteger(m, s.paragraphs()));
        }
        n.text("published_after").filter(y -> y.matches("\\d{4}"))
            .ifPresent(y -> r.addProperty(VDKG.publishedAfter, m.createTypedLiteral(y, XSDDatatype.XSDgYear)));
        n.get("history").ifPresent(h -> {
            if (h instanceof YMap hm) {
                hm.text("received").ifPresent(d -> r.addProperty(VDKG.received, date(m, d)));
                hm.text("revised").ifPresent(d -> r.addProperty(VDKG.revised, date(m, d)));
                hm.text("approved").ifPresent(d -> r.addProperty(VDKG.approved, date(m, d)));
            }
        });
        for (FootnoteRecord f : s.footnotes().values()) {
            if (f.number() < 1) {
                continue;
            }
            String fi = iri + "/footnote/" + f.number();
            positions.putIfAbsent(fi, f.pos());
            Resource fr = m.createResource(fi);
            fr.addProperty(RDF.type, VDKG.Footnote);
            fr.addProperty(VDKG.footnoteNumber, MappingContext.positiveInteger(m, f.number()));
            if (f.paragraph() != null && f.paragraph() > 0) {
                fr.addProperty(VDKG.paragraph, MappingContext.positiveInteger(m, f.paragraph()));
            }
            if (f.work() != null && workIds.contains(f.work())) {
                fr.addProperty(VDKG.citedWork, m.createResource(iris.source(f.work())));
            }
            if (f.pages() != null) {
                fr.addProperty(VDKG.pages, f.pages());
            }
            r.addProperty(VDKG.hasFootnote, fr);
        }
        n.text("note").ifPresent(t -> r.addProperty(VDKG.curatorNote, MappingContext.en(m, t)));
    }

    private static org.apache.jena.rdf.model.Literal date(Model m, String d) {
        return m.createTypedLiteral(d, XSDDatatype.XSDdate);
    }

    private void mapWork(Model m, WorkRecord w) {
        String iri = iris.source(w.id());
        positions.putIfAbsent(iri, w.pos());
        Resource r = m.createResource(iri);
        YMap n = w.node();
        r.addProperty(RDF.type, VDKG.CitedWork);
        n.text("title").ifPresent(t -> r.addProperty(DCTerms.title, t));
        n.text("creator").ifPresent(t -> r.addProperty(DCTerms.creator, t));
        n.text("entity").filter(entities::containsKey).ifPresent(slug -> {
            EntityRecord e = entities.get(slug);
            if (EntityTypes.isType(e.type())) {
                r.addProperty(DCTerms.creator, m.createResource(iris.entity(EntityTypes.kindOf(e.type()), slug)));
            }
        });
        n.text("volume").ifPresent(t -> r.addProperty(VDKG.volume, t));
        n.text("publisher").ifPresent(t -> r.addProperty(DCTerms.publisher, t));
        n.text("place").ifPresent(t -> r.addProperty(VDKG.publicationPlace, t));
        n.text("year").filter(y -> y.matches("\\d{4}"))
            .ifPresent(y -> r.addProperty(VDKG.year, m.createTypedLiteral(y, XSDDatatype.XSDgYear)));
        n.text("note").ifPresent(t -> r.addProperty(VDKG.curatorNote, MappingContext.en(m, t)));
    }

    private void mapClaim(MappingContext ctx, SourceRecord source, ClaimsFile f, ClaimRecord c, ClaimKind kind,
                          Set<String> workIds) {
        Model m = ctx.model();
        Resource claim = ctx.claimResource(c.id());
        ctx.locate(claim.getURI(), c.pos());
        ctx.enterClaim(claim);
        claim.addProperty(RDF.type, kind.claimClass());
        Resource cit = ctx.subNode("/citation", VDKG.Citation, c.keys().paragraphPos());
        claim.addProperty(PROV.wasDerivedFrom, cit);
        cit.addProperty(VDKG.source, m.createResource(iris.source(source.id())));
        for (Located<Integer> p : c.paragraphs()) {
            if (p.value() > 0) {
                cit.addProperty(VDKG.paragraph, MappingContext.positiveInteger(m, p.value()));
            }
        }
        for (Located<Integer> fn : c.footnotes()) {
            FootnoteRecord rec = source.footnotes().get(fn.value());
            if (rec == null || fn.value() < 1) {
                continue;
            }
            cit.addProperty(VDKG.footnote, MappingContext.positiveInteger(m, fn.value()));
            if (rec.work() != null && workIds.contains(rec.work())) {
                cit.addProperty(VDKG.citedWork, m.createResource(iris.source(rec.work())));
            }
            if (rec.pages() != null) {
                cit.addProperty(VDKG.pages, rec.pages());
            }
        }
        ClaimKeys k = c.keys();
        k.time().ifPresent(t -> ctx.time(claim, t));
        k.place().forEach(p -> ctx.entity(p.value()).ifPresent(e -> claim.addProperty(VDKG.place, e)));
        k.confidence().flatMap(x -> ctx.concept(Schemes.CONFIDENCE, x.value()))
            .ifPresent(x -> claim.addProperty(VDKG.confidence, x));
        k.note().ifPresent(t -> claim.addProperty(VDKG.curatorNote, ctx.en(t.value())));
        k.ambiguity().ifPresent(t -> claim.addProperty(VDKG.ambiguityNote, ctx.en(t.value())));
        k.alternativeOf().flatMap(a -> ctx.claimRef(a.value()))
            .ifPresent(a -> claim.addProperty(VDKG.alternativeReadingOf, a));
        k.occasion().flatMap(a -> ctx.claimRef(a.value())).ifPresent(a -> claim.addProperty(VDKG.onOccasionOf, a));
        k.claimRank().flatMap(x -> ctx.concept(Schemes.RANK, x.value())).ifPresent(x -> claim.addProperty(VDKG.claimRank, x));
        k.rankReason().ifPresent(t -> claim.addProperty(VDKG.rankReason, ctx.en(t.value())));
        linkClaims(claim, k.contradicts(), VDKG.contradicts);
        linkClaims(claim, k.corroborates(), VDKG.corroborates);
        if (f.curator() != null) {
            claim.addProperty(VDKG.curator, f.curator());
        }
        c.values().forEach(v -> v.map(ctx));
    }

    /** {@code key: [<source-id>/<claim-id>, ...]}: links to claims of other sources (the validator checked they exist). */
    private void linkClaims(Resource claim, List<YScalar> refs, Property p) {
        for (YScalar ref : refs) {
            int slash = ref.value().indexOf('/');
            if (slash > 0) {
                claim.addProperty(p, claim.getModel().createResource(iris.claim(ref.value().substring(0, slash),
                    ref.value().substring(slash + 1))));
            }
        }
    }
}
