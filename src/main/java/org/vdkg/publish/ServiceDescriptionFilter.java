package org.vdkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.AnonId;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.vdkg.web.BadRequest;
import org.vdkg.web.Html;
import org.vdkg.web.Negotiation;
import org.vdkg.web.Offer;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * Answers a GET of the SPARQL endpoint without a query with a SPARQL 1.1 Service Description in RDF, or, for a
 * browser, a page saying how to query it; Fuseki itself answers such a GET with 404 and a line of plain text.
 * Requests with a query pass through.
 */
final class ServiceDescriptionFilter implements Filter {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final ServedDataset data;

    ServiceDescriptionFilter(ServedDataset data) {
        this.data = data;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && "GET".equals(req.getMethod()) && req.getParameter("query") == null
                && req.getRequestURI().equals(data.sparqlPath())) {
            Optional<Offer> o;
            try {
                o = Negotiation.choose(req, Offer.all());
            } catch (BadRequest e) {
                Responses.error(resp, 400, e.getMessage());
                return;
            }
            if (o.isPresent()) {
                resp.setHeader("Vary", "Accept");
                if (o.get().isHtml()) {
                    // A browser following the endpoint link of the landing page gets a page, not Fuseki's 404.
                    Responses.html(resp, page(data.root()));
                } else {
                    Responses.rdf(resp, describe(data.root()), o.get());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What a person who opens the endpoint's URL needs: what it is, and where to query it. */
    private String page(String root) {
        String endpoint = root + data.sparqlPath().replaceFirst("^/", "");
        return new Html("SPARQL endpoint").element("h1", "SPARQL endpoint")
                .raw("<p>").text(endpoint).raw(" answers SPARQL 1.1 queries sent with GET (<code>?query=</code>) or POST. ")
                .raw("The default graph is the union of all named graphs.</p>\n<p>Write and run queries in the ")
                .link("/query", "query UI").raw(", or ask this URL for ").link("?format=ttl", "its service description")
                .raw(" (Turtle).</p>\n").finish();
    }

    Model describe(String root) {
        String base = data.iris().base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID.NS);
        Resource endpoint = m.createResource(root + data.sparqlPath().replaceFirst("^/", ""));
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
        // Blank nodes with fixed labels: the writers order statements by node, so every answer is the same bytes.
        Resource dflt = m.createResource(AnonId.create("default-graph"));
        dflt.addProperty(RDF.type, m.createResource(SD + "Graph"));
        ds.addProperty(m.createProperty(SD + "defaultGraph"), dflt);
        data.read(dsg -> {
            Model meta = data.graph(dsg, "meta");
            meta.listObjectsOfProperty(meta.createResource(base), VOID.triples)
                    .forEachRemaining(n -> dflt.addProperty(VOID.triples, n));
            List<Node> graphs = Iter.toList(dsg.listGraphNodes()).stream().sorted(Comparator.comparing(Node::getURI)).toList();
            for (int i = 0; i < graphs.size(); i++) {
                Node g = graphs.get(i);
                Resource named = m.createResource(AnonId.create("named-graph-" + i));
                named.addProperty(RDF.type, m.createResource(SD + "NamedGraph"));
                named.addProperty(m.createProperty(SD + "name"), m.createResource(g.getURI()));
                ds.addProperty(m.createProperty(SD + "namedGraph"), named);
            }
            return null;
        });
        return m;
    }
}
