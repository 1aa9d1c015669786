package org.vdkg.serve.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a fixed number of requests run at once, in two lanes, and makes the rest wait for a slot; one that waits too
 * long is refused with 503 and {@code Retry-After}. A query known to be cheap (it ran on this server in under
 * {@value #CHEAP_MILLIS} ms the last time, or it is one of the saved queries and has not been measured slow) may take
 * any free slot; every other request (a query not seen yet or seen slow, a search, a graph-store read) may hold only
 * the slow lane's slots, all but a reserved few. So slow queries filling their lane leave cheap ones running, and 503
 * means that every slot a request may take was busy for the whole wait. Under a flood the server answers a steady
 * stream instead of running hundreds of queries side by side until the heap or the timeout gives out. The cost of a
 * query is measured, not guessed: the database never changes while served read-only, so a query's last run is a good
 * guide to its next.
 */
final class QueryLanes implements Filter {

    /** A query that ran in less than this is cheap. */
    static final long CHEAP_MILLIS = 50;
    /** How many distinct queries' costs are remembered (least recently used forgotten first). */
    private static final int REMEMBERED = 10_000;

    private final int slots;
    private final int slowSlots;
    private final Semaphore all;
    private final Semaphore slow;
    private final long waitMillis;
    private final Set<String> savedQueries;
    private final Set<String> exemptPaths;
    private final Cache<String, Long> lastMillis = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final AtomicInteger cheapRunning = new AtomicInteger();
    private final AtomicInteger slowRunning = new AtomicInteger();
    private final AtomicLong cheapRun = new AtomicLong();
    private final AtomicLong slowRun = new AtomicLong();
    private final AtomicLong cheapRefused = new AtomicLong();
    private final AtomicLong slowRefused = new AtomicLong();

    /**
     * @param slots requests run at once in both lanes
     * @param waitMillis how long a request waits for a slot
     * @param savedQueries the saved queries' texts in {@link QueryRequest#normalise normal form}, cheap until measured
     * @param exemptPaths paths whose requests are never read as queries (the password-protected write endpoints,
     *        whose bodies are not buffered); they run in the slow lane
     */
    QueryLanes(int slots, long waitMillis, Set<String> savedQueries, Set<String> exemptPaths) {
        this.slots = slots;
        // One slot (a quarter of many) is kept for cheap queries; a single slot is shared, or nothing slow could run.
        this.slowSlots = slots < 2 ? slots : slots - Math.max(1, slots / 4);
        this.all = new Semaphore(slots, true);
        this.slow = new Semaphore(slowSlots, true);
        this.waitMillis = waitMillis;
        this.savedQueries = savedQueries;
        this.exemptPaths = exemptPaths;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        QueryRequest query = exemptPaths.contains(request.getRequestURI()) ? null : QueryRequest.of(request);
        boolean cheap = query != null && isCheap(query);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        if (!(cheap ? acquire(all, deadline) : acquireSlow(deadline))) {
            (cheap ? cheapRefused : slowRefused).incrementAndGet();
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Retry-After", "1");
            Refusal.send(response, 503, "the server is busy; try again shortly");
            return;
        }
        AtomicInteger running = cheap ? cheapRunning : slowRunning;
        running.incrementAndGet();
        (cheap ? cheapRun : slowRun).incrementAndGet();
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (query != null) {
                lastMillis.put(query.costKey(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            running.decrementAndGet();
            all.release();
            if (!cheap) {
                slow.release();
            }
        }
    }

    private boolean isCheap(QueryRequest query) {
        Long last = lastMillis.getIfPresent(query.costKey());
        return last != null ? last < CHEAP_MILLIS : savedQueries.contains(query.normalQuery());
    }

    /** A slot of the slow lane, then one of all: at most {@code slowSlots} slow requests hold slots at once. */
    private boolean acquireSlow(long deadline) {
        if (!acquire(slow, deadline)) {
            return false;
        }
        if (!acquire(all, deadline)) {
            slow.release();
            return false;
        }
        return true;
    }

    private static boolean acquire(Semaphore s, long deadline) {
        try {
            return s.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The lanes' sizes, what runs in each and how many requests each refused, as a JSON object. */
    String statusJson() {
        return "{\"slots\": " + slots + ", \"slowSlots\": " + slowSlots + ", \"cheapRunning\": " + cheapRunning.get()
                + ", \"slowRunning\": " + slowRunning.get() + ", \"cheapRun\": " + cheapRun.get() + ", \"slowRun\": "
                + slowRun.get() + ", \"cheapRefused\": " + cheapRefused.get()
                + ", \"slowRefused\": " + slowRefused.get() + ", \"cheapMillis\": " + CHEAP_MILLIS
                + ", \"measuredQueries\": " + lastMillis.estimatedSize() + "}";
    }
}
