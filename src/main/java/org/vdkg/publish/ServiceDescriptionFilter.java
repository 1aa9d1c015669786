package org.vdkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Answers a GET of the SPARQL endpoint without a query with a SPARQL 1.1 Service Description in RDF;
 * Fuseki itself answers such a GET with a line of plain text. Requests with a query pass through.
 */
final class ServiceDescriptionFilter implements Filter {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final PublishedDataset data;

    ServiceDescriptionFilter(PublishedDataset data) {
        this.data = data;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && "GET".equals(req.getMethod()) && req.getQueryString() == null
                && req.getRequestURI().equals(data.sparqlPath().get())) {
            Optional<Offer> o = Negotiation.choose(req, Offer.rdf());
            if (o.isPresent()) {
                resp.setHeader("Vary", "Accept");
                Responses.rdf(resp, describe(DatasetServlet.root(req)), o.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    Model describe(String root) {
        String base = data.iris().base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", DatasetDescription.VOID);
        Resource endpoint = m.createResource(root + data.sparqlPath().get().replaceFirst("^/", ""));
        Property sd = m.createProperty(SD + "endpoint");
        endpoint.addProperty(RDF.type, m.createResource(SD + "Service"));
        endpoint.addProperty(sd, endpoint);
        endpoint.addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        endpoint.addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            endpoint.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource ds = m.createResource(base);
        ds.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        endpoint.addProperty(m.createProperty(SD + "defaultDataset"), ds);
        Resource dflt = m.createResource();
        dflt.addProperty(RDF.type, m.createResource(SD + "Graph"));
        ds.addProperty(m.createProperty(SD + "defaultGraph"), dflt);
        data.read(dsg -> {
            Model meta = data.graph(dsg, "meta");
            meta.listObjectsOfProperty(meta.createResource(base), meta.createProperty(DatasetDescription.VOID + "triples"))
                    .forEachRemaining(n -> dflt.addProperty(m.createProperty(DatasetDescription.VOID + "triples"), n));
            dsg.listGraphNodes().forEachRemaining(g -> {
                Resource named = m.createResource();
                named.addProperty(RDF.type, m.createResource(SD + "NamedGraph"));
                named.addProperty(m.createProperty(SD + "name"), m.createResource(g.getURI()));
                ds.addProperty(m.createProperty(SD + "namedGraph"), named);
            });
            return null;
        });
        return m;
    }
}
