package org.vdkg.serve.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Failed logins per client address, with a lockout: {@code maxFailures} failures within {@code window} lock the
 * address out for {@code lockout}. The table holds at most {@code maxClients} addresses (the least recently seen go
 * first), so a flood from many addresses costs bounded memory. IPv6 clients are counted per /64 network, the block
 * one subscriber usually gets, so that rotating through one's own addresses does not reset the count.
 */
final class FailedLogins {

    /** Defaults: ten failures within ten minutes lock an address out for ten minutes. */
    static final int MAX_FAILURES = 10;
    static final long WINDOW_SECONDS = 600;
    static final long LOCKOUT_SECONDS = 600;
    static final int MAX_CLIENTS = 10_000;

    private static final class Entry {
        int failures;
        long windowStart;
        long lockedUntil;
    }

    private final int maxFailures;
    private final long windowNanos;
    private final long lockoutNanos;
    private final LongSupplier clock;
    private final Map<String, Entry> clients;

    FailedLogins() {
        this(MAX_FAILURES, WINDOW_SECONDS, LOCKOUT_SECONDS, MAX_CLIENTS, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    FailedLogins(int maxFailures, long windowSeconds, long lockoutSeconds, int maxClients, LongSupplier clock) {
        this.maxFailures = maxFailures;
        this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
        this.lockoutNanos = TimeUnit.SECONDS.toNanos(lockoutSeconds);
        this.clock = clock;
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Seconds until {@code address} may try again (at least 1), or 0 when it is not locked out. */
    synchronized long secondsLocked(String address) {
        Entry e = clients.get(key(address));
        long left = e == null ? 0 : e.lockedUntil - clock.getAsLong();
        return left <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Counts one failed login of {@code address}; the one that reaches the limit starts its lockout. */
    synchronized void failed(String address) {
        long now = clock.getAsLong();
        Entry e = clients.computeIfAbsent(key(address), k -> new Entry());
        if (e.failures == 0 || now - e.windowStart > windowNanos) {
            e.failures = 0;
            e.windowStart = now;
        }
        if (++e.failures >= maxFailures) {
            e.lockedUntil = now + lockoutNanos;
            e.failures = 0;
        }
    }

    /** How many addresses the table holds now. */
    synchronized int size() {
        return clients.size();
    }

    /** The key an address is counted under: itself for IPv4, its /64 network for IPv6. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] b = InetAddress.getByName(address.replaceAll("^\\[|\\]$", "").replaceFirst("%.*$", "")).getAddress();
            return b.length == 16 ? HexFormat.of().formatHex(b, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
