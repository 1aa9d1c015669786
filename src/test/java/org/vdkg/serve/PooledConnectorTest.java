package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/**
 * The real server's response buffers come from a pool that holds them (apache/jena#4084): after many requests of
 * every kind (cached and fresh SPARQL answers, pages, gzip, HEAD, errors) the bucket of Fuseki's 5 MB output buffer
 * holds a few reused buffers, and the JVM's direct memory has not grown by a buffer per request.
 */
class PooledConnectorTest {

    private static final int REQUESTS_PER_KIND = 30;

    private final ServedCopy served = ServedCopy.shared();

    @Test
    void responseBuffersArePooledAndReused() {
        ServerConnector connector = connector();
        int outputBuffer = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                .getOutputBufferSize();
        assertTrue(outputBuffer >= 1024 * 1024, "Fuseki's output buffer is large (the cause); now " + outputBuffer);
        ArrayByteBufferPool pool = (ArrayByteBufferPool) connector.getByteBufferPool();
        assertTrue(pool.getMaxCapacity() >= outputBuffer,
                "the pool holds buffers of " + pool.getMaxCapacity() + " bytes at most, responses use " + outputBuffer);
        assertEquals(served.server.port(), connector.getLocalPort(), "the pooled connector is the one listening");

        long directBefore = directMemory();
        int sent = 0;
        for (int i = 0; i < REQUESTS_PER_KIND; i++) {
            for (HttpRequest.Builder k : kinds(i)) {
                HttpResponse<byte[]> r = Http.sendForBytes(k);
                assertTrue(r.statusCode() < 500, "no server error: " + r.statusCode() + " for " + r.request());
                sent++;
            }
        }
        var bucket = pool.poolFor(outputBuffer, true);
        assertNotNull(bucket, "the response buffers' size has a bucket");
        assertTrue(bucket.size() >= 1, "response buffers went back to the pool");
        assertTrue(bucket.size() <= 4, "one client asking in turn reuses a few buffers, not one per request: "
                + bucket.size() + " after " + sent + " requests");
        long grown = directMemory() - directBefore;
        assertTrue(grown < 8L * outputBuffer, "direct memory grew by " + grown + " bytes over " + sent
                + " requests (a fresh buffer each would be " + (long) sent * outputBuffer + ")");
    }

    private ServerConnector connector() {
        List<ServerConnector> found = new ArrayList<>();
        for (Connector c : served.server.jetty().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                found.add(sc);
            }
        }
        assertEquals(1, found.size(), "one HTTP connector");
        return found.get(0);
    }

    /**
     * The {@code i}-th round's request of each kind a server answers: a cached and a fresh answer, a page, gzip, HEAD, a
     * 404 and a 400.
     */
    private List<HttpRequest.Builder> kinds(int i) {
        String sparql = served.sparql();
        String cached = "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 50";
        List<HttpRequest.Builder> kinds = new ArrayList<>();
        kinds.add(HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(cached))));
        // A text of its own in each round, so that it is run, not found in the answer cache.
        String fresh = "SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT " + (1000 + i);
        kinds.add(HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode(fresh)))
                .header("Accept", "application/sparql-results+json"));
        kinds.add(HttpRequest.newBuilder(URI.create(served.base() + "about")).header("Accept", "text/html"));
        kinds.add(HttpRequest.newBuilder(URI.create(served.base() + "id/org/soviet-union")).header("Accept", "text/turtle")
                .header("Accept-Encoding", "gzip"));
        kinds.add(HttpRequest.newBuilder(URI.create(served.base() + "about")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        kinds.add(HttpRequest.newBuilder(URI.create(served.base() + "id/org/no-such-thing")).header("Accept", "text/html"));
        kinds.add(HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode("SELECT WHERE {"))));
        return kinds;
    }

    private static long directMemory() {
        for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (b.getName().equals("direct")) {
                return b.getMemoryUsed();
            }
        }
        throw new AssertionError("no direct buffer pool bean");
    }
}
