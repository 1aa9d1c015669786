package org.vdkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vdkg.problem.UserException;
import org.vdkg.store.ServerAnnouncement;

/**
 * A running vdkg server reached over HTTP, for {@code vdkg query} and {@code vdkg export} while the server holds
 * the database: SPARQL queries through the SPARQL 1.1 protocol, the whole dataset through the server's dumps
 * ({@code /dumps/vdkg.nq} beside the service of the SPARQL endpoint). {@code vdkg serve} announces itself in a
 * small file next to the database ({@link ServerAnnouncement}) that {@link #running(Path)} reads.
 */
public final class RemoteEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteEndpoint.class);

    /** The header the server sets when it capped the rows of an answer (see {@code serve.guard.GuardedQuery}). */
    public static final String ROW_CAP_HEADER = "Vdkg-Row-Cap";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** An answer, and the row cap the server applied to it, if it did. */
    public record Result(QueryRunner.Answer answer, OptionalLong rowCap) {

        /**
         * True when the server may have cut the answer at its cap: as many rows as the cap, or, for a graph (built from
         * at most that many solutions), at least as many triples.
         */
        public boolean mayBeCut() {
            long size = answer.rows() != null ? answer.rows().size() : answer.graph() != null ? answer.graph().size() : 0;
            return rowCap.isPresent() && size >= rowCap.getAsLong();
        }
    }

    private final URI sparql;
    private final URI root;

    private RemoteEndpoint(URI sparql, URI root) {
        this.sparql = sparql;
        this.root = root;
    }

    /**
     * The endpoint at {@code sparqlUrl}, e.g. {@code http://127.0.0.1:3030/vdkg/sparql}; the server's root is taken to
     * be two path segments up (the service and its endpoint), where the dumps are.
     */
    public static RemoteEndpoint of(String sparqlUrl) {
        URI u;
        try {
            u = new URI(sparqlUrl);
        } catch (URISyntaxException e) {
            throw new UserException("not a URL: " + sparqlUrl + " (" + e.getMessage() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawQuery() != null
                || u.getRawFragment() != null) {
            throw new UserException("the endpoint must be an http(s) URL without ?query or #fragment, such as "
                    + "http://127.0.0.1:3030/vdkg/sparql, not '" + sparqlUrl + "'");
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String trimmed = path.replaceAll("/+$", "");
        String rootPath = trimmed;
        for (int i = 0; i < 2 && rootPath.lastIndexOf('/') >= 0; i++) {
            rootPath = rootPath.substring(0, rootPath.lastIndexOf('/'));
        }
        return new RemoteEndpoint(u, u.resolve(rootPath + "/"));
    }

    /** The SPARQL endpoint's URL. */
    public URI sparql() {
        return sparql;
    }

    /** The server's root URL. */
    public URI root() {
        return root;
    }

    /** The server that announced it serves {@code db}, if it is running and answers. */
    public static Optional<RemoteEndpoint> running(Path db) {
        return ServerAnnouncement.sparqlUrl(db).flatMap(s -> {
                    try {
                        return Optional.of(of(s));
                    } catch (UserException e) {
                        return Optional.empty();
                    }
                })
                .filter(RemoteEndpoint::answers);
    }

    /** True when the server answers its ping (a stale announcement of a killed server does not). */
    public boolean answers() {
        try {
            HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(root.resolve("$/ping")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code query} on the server; the server's refusals (a bad query, a timeout) are the user's errors. */
    public Result query(Query query, long timeoutMillis) {
        boolean rows = query.isSelectType() || query.isAskType();
        String accept = rows ? "application/sparql-results+json" : "application/n-triples";
        URI uri = URI.create(sparql + "?timeout=" + Math.max(1, timeoutMillis / 1000));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMillis + 30_000))
                .header("Accept", accept).header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query.serialize(), StandardCharsets.UTF_8)).build();
        HttpResponse<InputStream> r = send(req, "the query");
        try (InputStream body = r.body()) {
            OptionalLong cap = r.headers().firstValue(ROW_CAP_HEADER).map(v -> OptionalLong.of(Long.parseLong(v.trim())))
                    .orElse(OptionalLong.empty());
            if (query.isSelectType()) {
                return new Result(new QueryRunner.Answer(query, ResultSetFactory.copyResults(ResultSetMgr.read(body, ResultSetLang.RS_JSON)),
                        null, null), cap);
            }
            if (query.isAskType()) {
                return new Result(new QueryRunner.Answer(query, null, ResultSetMgr.readBoolean(body, ResultSetLang.RS_JSON), null), cap);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(body).lang(Lang.NTRIPLES).parse(m);
            return new Result(new QueryRunner.Answer(query, null, null, m), cap);
        } catch (IOException | RiotException | NumberFormatException e) {
            throw new UserException("the answer of " + sparql + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Copies the server's dump {@code fileName} ({@code vdkg.trig}, ...: see {@code /about}) to {@code out}. */
    public void dump(String fileName, OutputStream out) throws IOException {
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(root.resolve("dumps/" + fileName)).GET().build(), "the dump");
        try (InputStream body = r.body()) {
            body.transferTo(out);
        }
    }

    /** The server's whole dataset, read from its N-Quads dump into memory. */
    public Dataset dataset() {
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(root.resolve("dumps/vdkg.nq")).GET().build(), "the dump");
        Dataset ds = DatasetFactory.createTxnMem();
        try (InputStream body = r.body()) {
            RDFParser.source(body).lang(Lang.NQUADS).parse(ds);
        } catch (IOException | RiotException e) {
            throw new UserException("the dump of " + root + " cannot be read: " + e.getMessage(), e);
        }
        return ds;
    }

    private HttpResponse<InputStream> send(HttpRequest req, String what) {
        HttpResponse<InputStream> r;
        try {
            r = CLIENT.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new UserException("cannot reach the server at " + req.uri() + " (is it running?)", e);
        } catch (HttpTimeoutException e) {
            throw new UserException("the server at " + req.uri() + " did not answer in time", e);
        } catch (IOException e) {
            throw new UserException("cannot fetch " + req.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while waiting for " + req.uri(), e);
        }
        if (r.statusCode() != 200) {
            String message;
            try (InputStream body = r.body()) {
                message = new String(body.readNBytes(600), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
            } catch (IOException e) {
                message = "";
            }
            String hint = r.statusCode() == 503 ? " (a timeout or a busy server: try again, or raise --timeout)"
                    : r.statusCode() == 404 ? " (is this the SPARQL endpoint of a vdkg server?)" : "";
            throw new UserException("the server refused " + what + ": " + req.uri().toString().replaceFirst("\\?.*", "") + " answered "
                    + r.statusCode() + (message.isEmpty() ? "" : ": " + message) + hint);
        }
        return r;
    }
}
