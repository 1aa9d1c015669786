package org.vdkg.export;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.vdkg.problem.UserException;

/**
 * Copies every named graph of a database into another SPARQL 1.1 store with the Graph Store Protocol (one HTTP PUT of
 * N-Triples per graph, replacing what the store had under that name), then asks the store's query endpoint how many
 * triples each graph holds and compares with the local counts.
 */
public final class GraphStorePush {

    /**
     * Where to push.
     *
     * @param graphStore the store's Graph Store Protocol endpoint (Fuseki {@code /ds/data}, Virtuoso
     *        {@code /sparql-graph-crud-auth})
     * @param query the store's SPARQL query endpoint
     * @param user the user for HTTP authentication (basic or digest, as the store asks), or null
     * @param password the password, or null; never printed
     */
    public record Target(String graphStore, String query, String user, String password) {
        @Override
        public String toString() {
            return "Target[" + graphStore + ", " + query + ", user " + user + "]";
        }
    }

    /** One graph's outcome: its local triple count and the store's after the push. */
    public record GraphCount(String graph, long local, long remote) {
        public boolean matches() {
            return local == remote;
        }
    }

    private GraphStorePush() {
    }

    /**
     * The query endpoint a store of a known kind has beside its graph store endpoint: Fuseki's {@code .../data} ->
     * {@code .../sparql}, Virtuoso's {@code /sparql-graph-crud(-auth)} -> {@code /sparql}; empty for others.
     */
    public static java.util.Optional<String> defaultQueryEndpoint(String graphStore) {
        String url = graphStore.replaceFirst("/+$", "");
        if (url.endsWith("/data")) {
            return java.util.Optional.of(url.substring(0, url.length() - "data".length()) + "sparql");
        }
        if (url.endsWith("/sparql-graph-crud-auth") || url.endsWith("/sparql-graph-crud")) {
            return java.util.Optional.of(url.substring(0, url.lastIndexOf('/')) + "/sparql");
        }
        return java.util.Optional.empty();
    }

    /** Pushes every named graph of {@code dsg}, reporting each graph to {@code progress} as it goes; returns the counts. */
    public static List<GraphCount> push(DatasetGraph dsg, Target target, Consumer<String> progress) {
        URI storeUri = uri(target.graphStore(), "--to");
        URI queryUri = uri(target.query(), "--query-endpoint");
        boolean auth = target.user() != null;
        // Jena keeps the authentication it last used per server; a new push starts from the credentials it is given.
        AuthEnv.get().clearActiveAuthentication();
        if (auth) {
            // Jena answers the store's 401 challenge (basic or digest) with these credentials, for these URLs only.
            AuthEnv.get().registerUsernamePassword(storeUri, target.user(), target.password());
            AuthEnv.get().registerUsernamePassword(queryUri, target.user(), target.password());
        }
        try {
            probe(target.graphStore());
            List<GraphCount> counts = new ArrayList<>();
            for (Node name : Txn.calculateRead(dsg, () -> { List<Node> l = new ArrayList<>(); dsg.listGraphNodes().forEachRemaining(l::add); return l; })) {
                // A copy outside the transaction: the upload may take longer than a read should stay open.
                Graph g = Txn.calculateRead(dsg, () -> {
                    Graph copy = GraphFactory.createGraphMem();
                    dsg.getGraph(name).find().forEachRemaining(copy::add);
                    return copy;
                });
                call(target.graphStore(), "upload graph " + name.getURI(), () -> GSP.service(target.graphStore())
                        .graphName(name).contentType(RDFFormat.NTRIPLES).PUT(g));
                long remote = call(target.query(), "count graph " + name.getURI(), () -> count(target.query(), name));
                GraphCount c = new GraphCount(name.getURI(), g.size(), remote);
                counts.add(c);
                progress.accept(c.graph() + ": " + c.local() + " triples sent, " + c.remote() + " in the store"
                        + (c.matches() ? "" : "  MISMATCH"));
            }
            return counts;
        } finally {
            AuthEnv.get().clearActiveAuthentication();
            if (auth) {
                AuthEnv.get().unregisterUsernamePassword(storeUri);
                AuthEnv.get().unregisterUsernamePassword(queryUri);
            }
        }
    }

    /**
     * Asks the store for a graph it does not have, before any upload: a refused password is then a 401 rather than a
     * connection the store closes in the middle of a body (as Virtuoso does).
     */
    private static void probe(String graphStore) {
        try {
            call(graphStore, "read (checking access)", () -> GSP.service(graphStore).graphName(PROBE).GET());
        } catch (UserException e) {
            if (!(e.getCause() instanceof HttpException h) || status(h) != 404) {
                throw e;
            }
        }
    }

    /** The name of a graph no store holds, asked for by {@link #probe}. */
    private static final String PROBE = "urn:x-vdkg:push-probe:no-such-graph";

    private static long count(String query, Node graph) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(query).query(q).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            return row.getLiteral(rs.getResultVars().get(0)).getLong();
        }
    }

    /** What the store is asked, with its failure said in words: unreachable, refused credentials, another status. */
    private interface Call<T> {
        T run();
    }

    private static void call(String url, String what, Runnable r) {
        call(url, what, () -> {
            r.run();
            return null;
        });
    }

    private static <T> T call(String url, String what, Call<T> c) {
        try {
            return c.run();
        } catch (HttpException e) {
            int status = status(e);
            if (status == 401 || status == 403) {
                throw new UserException(url + " refused to " + what + " (" + status + "): check --user and the password in "
                        + "--password-file, and that the user may write to the store", e);
            }
            if (status <= 0) {
                throw new UserException("cannot reach " + url + " to " + what + ": " + reason(e) + "; is the store running, and is "
                        + "the URL right?", e);
            }
            throw new UserException(url + " answered " + status + " to " + what + ": " + firstLine(e.getResponse() == null
                    ? e.getMessage() : e.getResponse()), e);
        }
    }

    /** The HTTP status of a failure: Jena wraps the store's answer to a retried (authenticated) request in another exception. */
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
        }
        return -1;
    }

    private static String reason(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return "connection refused or timed out";
            }
            last = t;
        }
        return last.getClass().getSimpleName() + ": " + last.getMessage();
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static URI uri(String url, String option) {
        try {
            URI u = new URI(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (Exception e) {
            throw new UserException(option + " must be an http(s) URL, not '" + url + "'");
        }
    }
}
