package org.vdkg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.AnonId;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.export.ExportFormat;
import org.vdkg.release.Release;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.release.ReleaseDescription;
import org.vdkg.vocab.IriScheme;
import org.vdkg.vocab.VDKG;
import org.vdkg.web.Precomputed;
import org.vdkg.web.ServedDataset;

/**
 * The VoID and DCAT description of the dataset, whose IRI is the base IRI: title, licence, publisher,
 * sources, dates and counts (from graph/meta), the SPARQL endpoint, the dumps, the vocabularies used,
 * example resources, class and property partitions and the linksets to Wikidata. Service and download links point at the server that answers, because they are
 * locations, not identifiers.
 */
final class DatasetDescription {

    static final String DATA_LICENCE = ReleaseDescription.DATA_LICENCE;
    static final String CODE_LICENCE = "https://www.apache.org/licenses/LICENSE-2.0";
    static final String TITLE = "vdkg: a knowledge graph of Vietnam's defence and public-security foreign relations";
    static final String DESCRIPTION = "Aid, visits, training, treaties, alliances, campaigns and cooperation between "
            + "Vietnam's defence and public-security bodies and their foreign partners, curated as claims from source "
            + "articles; every claim names the source, paragraph and footnote it rests on.";

    /** The dump files served under {@code /dumps/}: the RDF export formats. */
    static final List<ExportFormat> DUMPS = ExportFormat.rdf();

    private DatasetDescription() {
    }

    /**
     * Builds the description; call inside a read transaction.
     *
     * @param root the answering server's root URL, ending with {@code /}
     */
    static Model build(ServedDataset data, DatasetGraph dsg, String root) {
        String base = data.iris().base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
         .setNsPrefix("foaf", FOAF.NS).setNsPrefix("vdkg", VDKG.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Model meta = data.graph(dsg, "meta");
        m.add(meta);
        Resource ds = m.createResource(base);
        ds.addProperty(RDF.type, VOID.Dataset);
        ds.addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, TITLE, "en");
        ds.addProperty(DCTerms.description, DESCRIPTION, "en");
        ds.addProperty(DCTerms.license, m.createResource(DATA_LICENCE));
        ds.addProperty(DCTerms.rights, "Data: Creative Commons Attribution 4.0 International (CC BY 4.0). "
                + "Software: Apache License 2.0 (" + CODE_LICENCE + ").", "en");
        Resource publisher = m.createResource(base + "about#curators");
        publisher.addProperty(RDF.type, FOAF.Organization);
        publisher.addProperty(FOAF.name, "vdkg curators");
        ds.addProperty(DCTerms.publisher, publisher);
        ds.addProperty(DCAT.landingPage, m.createResource(root + "about"));
        ds.addProperty(VOID.uriSpace, data.iris().idSpace());

        Model onto = data.graph(dsg, "ontology");
        onto.listSubjectsWithProperty(RDF.type, OWL.Ontology).forEachRemaining(o -> {
            // The project's start is the ontology's creation date; each build sets modified in graph/meta.
            o.listProperties(DCTerms.created).forEachRemaining(st -> ds.addProperty(DCTerms.created, st.getObject()));
        });

        Model sources = data.graph(dsg, "sources");
        sources.listSubjectsWithProperty(RDF.type, VDKG.SourceArticle).forEachRemaining(s -> {
            ds.addProperty(DCTerms.source, s);
            s.listProperties(DCTerms.title).forEachRemaining(st -> m.add(s, DCTerms.title, st.getObject()));
        });

        // Outside sources of values: the gazetteer releases that coordinates were copied from, with their licences.
        Model gazetteer = data.graph(dsg, "gazetteer");
        gazetteer.listSubjectsWithProperty(RDF.type, VDKG.GazetteerDataset).forEachRemaining(g -> {
            ds.addProperty(DCTerms.source, g);
            m.add(gazetteer.listStatements(g, null, (RDFNode) null));
        });

        Model entities = data.graph(dsg, "entities");
        Set<String> entityIris = new TreeSet<>();
        // Entities are the labelled subjects: an entity's sub-nodes (origin records, a per-unit quantity) have no label.
        entities.listSubjectsWithProperty(RDFS.label).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(data.iris().idSpace())) {
                entityIris.add(r.getURI());
            }
        });
        ds.addLiteral(VOID.entities, (long) entityIris.size());
        for (String example : examples(entityIris)) {
            ds.addProperty(VOID.exampleResource, m.createResource(example));
        }

        Resource endpoint = m.createResource(root + data.sparqlPath().replaceFirst("^/", ""));
        ds.addProperty(VOID.sparqlEndpoint, endpoint);
        Resource service = m.createResource(base + "about#sparql");
        service.addProperty(RDF.type, DCAT.DataService);
        service.addProperty(DCAT.endpointURL, endpoint);
        service.addProperty(DCAT.servesDataset, ds);
        service.addProperty(DCTerms.title, "SPARQL 1.1 query endpoint", "en");
        ds.addProperty(DCAT.accessService, service);

        for (ExportFormat d : DUMPS) {
            Resource url = m.createResource(root + "dumps/" + d.fileName());
            // void:dataDump promises the whole dataset; the reifiers and nanopublications are views of it.
            if (d.whole()) {
                ds.addProperty(VOID.dataDump, url);
            }
            Resource dist = m.createResource(base + "dumps/" + d.fileName());
            dist.addProperty(RDF.type, DCAT.Distribution);
            dist.addProperty(DCAT.downloadURL, url);
            dist.addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + d.mediaType()));
            dist.addProperty(DCTerms.format, d.mediaType());
            dist.addProperty(DCTerms.title, d.title(), "en");
            dist.addProperty(DCTerms.license, m.createResource(DATA_LICENCE));
            ds.addProperty(DCAT.distribution, dist);
        }
        Resource context = m.createResource(root + "context.jsonld");
        context.addProperty(DCTerms.title, "JSON-LD context of the vdkg terms", "en");
        ds.addProperty(RDFS.seeAlso, context);

        Model union = ServedDataset.union(dsg);
        for (String ns : vocabularies(union)) {
            ds.addProperty(VOID.vocabulary, m.createResource(ns));
        }
        partitions(m, ds, union);
        linksets(m, ds, union, base);
        return m;
    }

    /**
     * Adds the releases of {@code archive} ({@code vdkg release}), each a version of the dataset with its files at this
     * server's {@code /releases/}.
     */
    static void releases(Model m, IriScheme iris, ReleaseArchive archive, String root) {
        for (Release r : archive.list()) {
            ReleaseDescription.describe(m, r, iris, root);
        }
    }

    /**
     * One void:classPartition per class with its void:entities (distinct instances) and one void:propertyPartition
     * per property with its void:triples, counted over the union of the named graphs as the SPARQL endpoint sees it.
     */
    private static void partitions(Model m, Resource ds, Model union) {
        String classes = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER (isIRI(?c)) } GROUP BY ?c ORDER BY ?c";
        // Blank nodes with fixed labels: the writers order statements by node, so every answer is the same bytes.
        int i = 0;
        for (QuerySolution row : rows(union, classes)) {
            Resource part = m.createResource(AnonId.create("class-partition-" + i++));
            part.addProperty(VOID._class, row.getResource("c"));
            part.addLiteral(VOID.entities, row.getLiteral("n").getLong());
            ds.addProperty(VOID.classPartition, part);
        }
        String properties = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p";
        for (QuerySolution row : rows(union, properties)) {
            Resource part = m.createResource(AnonId.create("property-partition-" + i++));
            part.addProperty(VOID.property, row.getResource("p"));
            part.addLiteral(VOID.triples, row.getLiteral("n").getLong());
            ds.addProperty(VOID.propertyPartition, part);
        }
    }

    /**
     * One void:Linkset to Wikidata per match kind: skos:exactMatch (verified: the same thing) and skos:closeMatch
     * (a related item), each with the number of its links. skos:exactMatch is a sub-property of skos:closeMatch, so
     * the close links include one per exact link (graph/inferred); the close linkset's description says how many
     * are close matches only.
     */
    private static void linksets(Model m, Resource ds, Model union, String base) {
        Resource wikidata = m.createResource("http://www.wikidata.org/");
        wikidata.addProperty(RDF.type, VOID.Dataset);
        wikidata.addProperty(FOAF.homepage, m.createResource("https://www.wikidata.org/"));
        wikidata.addProperty(VOID.uriSpace, IriScheme.WIKIDATA);
        for (Property match : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
            long n = rows(union, "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + match.getURI() + "> ?o "
                    + "FILTER (STRSTARTS(STR(?o), \"" + IriScheme.WIKIDATA + "\")) }").get(0).getLiteral("n").getLong();
            Resource ls = m.createResource(base + "about#wikidata-" + match.getLocalName());
            ls.addProperty(RDF.type, VOID.Linkset);
            ls.addProperty(VOID.subjectsTarget, ds);
            ls.addProperty(VOID.objectsTarget, wikidata);
            ls.addProperty(VOID.linkPredicate, match);
            ls.addLiteral(VOID.triples, n);
            ls.addProperty(DCTerms.title, "Wikidata links by " + "skos:" + match.getLocalName(), "en");
            if (match.equals(SKOS.closeMatch)) {
                long exact = rows(union, "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + match.getURI() + "> ?o FILTER EXISTS { ?s <"
                        + SKOS.exactMatch.getURI() + "> ?o } FILTER (STRSTARTS(STR(?o), \"" + IriScheme.WIKIDATA + "\")) }")
                        .get(0).getLiteral("n").getLong();
                ls.addProperty(DCTerms.description, n + " skos:closeMatch links: " + exact + " implied by a skos:exactMatch "
                        + "(its sub-property), " + (n - exact) + " close matches only (a related item, not the same thing).", "en");
            }
            ds.addProperty(VOID.subset, ls);
        }
    }

    private static List<QuerySolution> rows(Model union, String select) {
        try (QueryExecution qe = QueryExecution.model(union).query(select)
                .timeout(Precomputed.QUERY_MINUTES, TimeUnit.MINUTES).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    /** A few entities of different kinds: the first of each kind in IRI order. */
    static List<String> examples(Set<String> entityIris) {
        Set<String> kinds = new TreeSet<>();
        return entityIris.stream().filter(iri -> {
            return IriScheme.kind(iri).filter(kinds::add).isPresent();
        }).limit(5).toList();
    }

    /** The namespaces of every predicate and class the dataset uses. */
    static Set<String> vocabularies(Model union) {
        Set<String> ns = new TreeSet<>();
        // Streamed, not listed: at 1000 copies of the data the union holds 10 million statements.
        union.listStatements().forEachRemaining(st -> {
            addNamespace(ns, st.getPredicate());
            if (st.getPredicate().equals(RDF.type) && st.getObject().isURIResource()) {
                addNamespace(ns, st.getObject().asResource());
            }
        });
        return ns;
    }

    private static void addNamespace(Set<String> ns, RDFNode n) {
        String u = n.asResource().getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        if (cut > 0) {
            ns.add(u.substring(0, cut + 1));
        }
    }
}
