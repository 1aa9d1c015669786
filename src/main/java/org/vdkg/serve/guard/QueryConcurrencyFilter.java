package org.vdkg.serve.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a fixed number of requests run at once and makes the rest wait for a slot; one that waits too
 * long is refused with 503 and {@code Retry-After}. Under a flood the server then answers a steady
 * stream of queries instead of running hundreds side by side until the heap or the timeout gives out.
 */
final class QueryConcurrencyFilter implements Filter {

    private final Semaphore slots;
    private final long waitMillis;

    QueryConcurrencyFilter(int slots, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.waitMillis = waitMillis;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        boolean got;
        try {
            got = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Retry-After", "1");
            Refusal.send(response, 503, "the server is busy; try again shortly");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            slots.release();
        }
    }
}
