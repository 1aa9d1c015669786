package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.problem.UserException;
import org.vdkg.support.Http;
import org.vdkg.support.ServedCopy;

/** {@code serve --allow-update}: writes need the password file's credentials; reads stay anonymous and uncached. */
class AllowUpdateTest {

    private static final Set<Integer> DENIED = Set.of(401, 403);
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
    private static ServedCopy served;
    private static Path passwords;

    @BeforeAll
    static void start() throws Exception {
        passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, "# writers\nkeeper: correct-horse\n");
        served = ServedCopy.start(30_000, g -> g.withUpdate(passwords));
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
        Files.deleteIfExists(passwords);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(served.base() + "vdkg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return Http.send(r);
    }

    private static HttpResponse<String> put(String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(served.base() + "vdkg/store?graph=" + Http.encode("urn:x:put")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> <http://example.org/c> ."));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return Http.send(r);
    }

    /** Seven of these count as failed logins from 127.0.0.1, below the lockout at {@link FailedLogins#MAX_FAILURES}. */
    @Test
    void writesWithoutOrWithWrongCredentialsAreDeniedAndChangeNothing() {
        long before = Http.count(served.sparql());
        for (String auth : new String[] {null, basic("keeper", "wrong"), basic("intruder", "correct-horse"), "Bearer x"}) {
            HttpResponse<String> u = update(auth);
            assertTrue(DENIED.contains(u.statusCode()), "update with " + auth + " -> " + u.statusCode());
            HttpResponse<String> p = put(auth);
            assertTrue(DENIED.contains(p.statusCode()), "PUT with " + auth + " -> " + p.statusCode());
            HttpResponse<String> d = Http.send(HttpRequest.newBuilder(URI.create(served.base() + "vdkg/store?default")).DELETE());
            assertTrue(DENIED.contains(d.statusCode()), "DELETE -> " + d.statusCode());
        }
        assertEquals(401, update(null).statusCode());
        assertEquals(400, update("Basic !!!").statusCode(), "malformed credentials are a bad request, not a server error");
        int readOnlyPut = Http.send(HttpRequest.newBuilder(URI.create(served.base() + "vdkg/data?default"))
                .header("Authorization", basic("keeper", "correct-horse")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> <http://example.org/c> ."))).statusCode();
        assertEquals(405, readOnlyPut, "/vdkg/data stays read-only even with credentials");
        assertTrue(update(null).headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(before, Http.count(served.sparql()));
    }

    @Test
    void theRightCredentialsWriteAndReadsStayAnonymousAndUncached() {
        long before = Http.count(served.sparql());
        HttpResponse<String> u = update(basic("keeper", "correct-horse"));
        assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.statusCode() + " " + u.body());
        HttpResponse<String> p = put(basic("keeper", "correct-horse"));
        assertTrue(p.statusCode() == 200 || p.statusCode() == 201 || p.statusCode() == 204, p.statusCode() + " " + p.body());
        HttpResponse<String> read = Http.get(served.sparql() + "?query=" + Http.encode(Http.COUNT), "application/sparql-results+json");
        assertEquals(200, read.statusCode());
        assertEquals(before + 2, Http.jsonCount(read.body()));
        assertTrue(read.headers().firstValue("ETag").isEmpty(), "answers of a writable server are not cacheable");
        assertEquals(200, Http.get(served.base() + "vdkg/data?graph=" + Http.encode("urn:x:put"), "text/turtle").statusCode(),
                "graph-store reads need no login");
        // Clean up, so the test order does not matter.
        HttpResponse<String> drop = Http.send(HttpRequest.newBuilder(URI.create(served.base() + "vdkg/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic("keeper", "correct-horse"))
                .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <urn:x:g> ; DROP GRAPH <urn:x:put>")));
        assertTrue(drop.statusCode() < 300, drop.body());
        assertEquals(before, Http.count(served.sparql()));
    }

    @Test
    void aMissingOrEmptyPasswordFileIsTheUsersError() throws Exception {
        assertThrows(UserException.class, () -> PasswordFile.users(served.dir.resolve("no-such-file")));
        Path bad = Files.writeString(served.dir.resolve("bad-passwords"), "just-a-name\n");
        UserException e = assertThrows(UserException.class, () -> PasswordFile.users(bad));
        assertTrue(e.getMessage().contains(":1: expected 'user: password'"), e.getMessage());
        Path empty = Files.writeString(served.dir.resolve("empty-passwords"), "# nobody\n");
        assertThrows(UserException.class, () -> PasswordFile.users(empty));
    }
}
