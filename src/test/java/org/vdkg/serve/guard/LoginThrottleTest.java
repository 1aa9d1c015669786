package org.vdkg.serve.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdkg.support.Http;
import org.vdkg.support.RawHttp;
import org.vdkg.support.ServedCopy;

/**
 * Password guessing on the write endpoints of {@code serve --allow-update}: each kind of failed login, sent from its
 * own loopback address (Linux routes all of 127.0.0.0/8 to the server), locks that address out after
 * {@link FailedLogins#MAX_FAILURES} failures with 429 and {@code Retry-After}, while other addresses log in and
 * everyone reads as before.
 */
class LoginThrottleTest {

    private static final String USER = "keeper";
    private static final String PASSWORD = "correct-horse";
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/throttle> { <http://example.org/s> <http://example.org/p> 1 } }";
    private static ServedCopy served;
    private static Path passwords;
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        passwords = Files.createTempFile("vdkg-passwords", ".txt");
        Files.writeString(passwords, USER + ": " + PASSWORD + "\nsecond: another-secret\n");
        served = ServedCopy.start(30_000, g -> g.withUpdate(passwords));
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
        Files.deleteIfExists(passwords);
        System.out.println("LoginThrottleTest: statuses of the requests sent " + OUTCOMES);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** A SPARQL Update from {@code address} with this Authorization header (null for none). */
    private static RawHttp.Answer update(String address, String authorization) {
        byte[] body = INSERT.getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer a = RawHttp.exchange(address, served.server.port(), "POST /vdkg/update HTTP/1.1\nHost: 127.0.0.1\n"
                + "Content-Type: application/sparql-update" + (authorization == null ? "" : "\nAuthorization: " + authorization), body);
        OUTCOMES.merge(a.status() + "", 1, Integer::sum);
        return a;
    }

    private static RawHttp.Answer read(String address, String authorization) {
        RawHttp.Answer a = RawHttp.exchange(address, served.server.port(), "GET /vdkg/sparql?query=" + Http.encode("ASK {}")
                + " HTTP/1.1\nHost: 127.0.0.1" + (authorization == null ? "" : "\nAuthorization: " + authorization), new byte[0]);
        OUTCOMES.merge(a.status() + "", 1, Integer::sum);
        return a;
    }

    /** Sends the failures, checks each is refused as a failure, then that the address is locked out, even with the password. */
    private static void locksOutAfterFailures(String address, List<String> failures, int failureStatus) {
        assertEquals(FailedLogins.MAX_FAILURES, failures.size());
        for (String authorization : failures) {
            assertEquals(failureStatus, update(address, authorization).status(), authorization);
        }
        RawHttp.Answer locked = update(address, basic(USER + ":" + PASSWORD));
        assertEquals(429, locked.status(), "the right password from a locked-out address: " + locked.body());
        long retry = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= FailedLogins.LOCKOUT_SECONDS, "Retry-After " + retry);
        RawHttp.Answer store = RawHttp.exchange(address, served.server.port(), "DELETE /vdkg/store?default HTTP/1.1\nHost: 127.0.0.1\n"
                + "Authorization: " + basic(USER + ":" + PASSWORD), new byte[0]);
        assertEquals(429, store.status(), "the graph store is locked too");
        OUTCOMES.merge("429", 1, Integer::sum);
        assertEquals(200, read(address, null).status(), "a locked-out address still reads");
    }

    private static List<String> times(String authorization) {
        return java.util.Collections.nCopies(FailedLogins.MAX_FAILURES, authorization);
    }

    @Test
    void wrongPasswordsLockTheAddressOut() {
        locksOutAfterFailures("127.0.0.11", times(basic(USER + ":wrong")), 401);
    }

    @Test
    void unknownUsersLockTheAddressOut() {
        locksOutAfterFailures("127.0.0.12", times(basic("intruder:" + PASSWORD)), 401);
    }

    @Test
    void malformedCredentialsLockTheAddressOut() {
        List<String> malformed = new ArrayList<>();
        String[] shapes = {"Basic !!!", "Basic", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
            "Basic a b c", "basic ====", "Basic %%%"};
        for (int i = 0; i < FailedLogins.MAX_FAILURES; i++) {
            malformed.add(shapes[i % shapes.length]);
        }
        locksOutAfterFailures("127.0.0.13", malformed, 400);
    }

    @Test
    void rotatingUsersAndPasswordsLockTheAddressOut() {
        List<String> rotating = new ArrayList<>();
        for (int i = 0; i < FailedLogins.MAX_FAILURES; i++) {
            rotating.add(basic((i % 2 == 0 ? "second" : "user" + i) + ":guess-" + i));
        }
        locksOutAfterFailures("127.0.0.14", rotating, 401);
    }

    @Test
    void otherSchemesCountAsFailuresToo() {
        locksOutAfterFailures("127.0.0.15", times("Bearer not-a-password"), 401);
    }

    @Test
    void otherAddressesLogInWhileOneIsLockedOut() {
        String locked = "127.0.0.16";
        for (int i = 0; i < FailedLogins.MAX_FAILURES; i++) {
            update(locked, basic(USER + ":nope-" + i));
        }
        assertEquals(429, update(locked, basic(USER + ":" + PASSWORD)).status());
        RawHttp.Answer other = update("127.0.0.17", basic(USER + ":" + PASSWORD));
        assertEquals(204, other.status(), other.body());
        RawHttp.Answer second = update("127.0.0.18", basic("second:another-secret"));
        assertEquals(204, second.status(), second.body());
    }

    @Test
    void requestsWithoutCredentialsAndReadsAreNotFailedLogins() {
        String address = "127.0.0.19";
        for (int i = 0; i < 2 * FailedLogins.MAX_FAILURES; i++) {
            // A browser's first try carries no credentials; it asks for the login prompt.
            assertEquals(401, update(address, null).status());
            // Readers need no login; whatever they send along is not checked.
            assertEquals(200, read(address, basic(USER + ":wrong")).status());
        }
        assertEquals(204, update(address, basic(USER + ":" + PASSWORD)).status());
    }

    @Test
    void aSuccessDoesNotClearTheCountOfFailures() {
        String address = "127.0.0.21";
        for (int i = 0; i < FailedLogins.MAX_FAILURES; i++) {
            assertEquals(401, update(address, basic(USER + ":guess-" + i)).status());
            if (i == FailedLogins.MAX_FAILURES / 2) {
                // A guesser who also knows one password cannot reset its count with it.
                assertEquals(204, update(address, basic("second:another-secret")).status());
            }
        }
        assertEquals(429, update(address, basic("second:another-secret")).status());
    }

    @Test
    void aLockoutEndsAndOldFailuresAgeOut() {
        AtomicLong now = new AtomicLong(0);
        FailedLogins t = new FailedLogins(3, 60, 120, 100, now::get);
        t.failed("192.0.2.1");
        t.failed("192.0.2.1");
        now.addAndGet(TimeUnit.SECONDS.toNanos(61));
        t.failed("192.0.2.1");
        assertEquals(0, t.secondsLocked("192.0.2.1"), "the first two failures left the window");
        t.failed("192.0.2.1");
        t.failed("192.0.2.1");
        assertEquals(120, t.secondsLocked("192.0.2.1"));
        assertEquals(0, t.secondsLocked("192.0.2.2"), "another address");
        now.addAndGet(TimeUnit.SECONDS.toNanos(119) + 1);
        assertEquals(1, t.secondsLocked("192.0.2.1"), "Retry-After rounds up");
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(0, t.secondsLocked("192.0.2.1"), "the lockout is over");
    }

    @Test
    void theTableOfAddressesIsBoundedAndIpv6CountsPerNetwork() {
        FailedLogins t = new FailedLogins(2, 60, 60, 1_000, () -> 0L);
        for (int i = 0; i < 50_000; i++) {
            t.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertEquals(1_000, t.size(), "a flood from many addresses keeps the table at its cap");
        FailedLogins v6 = new FailedLogins(2, 60, 60, 1_000, () -> 0L);
        v6.failed("2001:db8:1:2::1");
        v6.failed("[2001:db8:1:2:ffff::9]");
        assertNotEquals(0, v6.secondsLocked("2001:db8:1:2::77"), "rotating through one's own /64 does not help");
        assertEquals(0, v6.secondsLocked("2001:db8:1:3::1"), "the next network is another client");
    }
}
