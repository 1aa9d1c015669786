package org.vdkg.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * When the query running in this thread must stop: ARQ's cancel flag of the execution (raised by its timeout), or,
 * where an evaluation has no execution context (constant folding while the query is planned), the deadline the
 * endpoint set for the request thread. Long evaluations that ARQ cannot interrupt call {@link #check}.
 */
final class QueryDeadline {

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private final AtomicBoolean cancel;
    private final long deadlineNanos;

    private QueryDeadline(AtomicBoolean cancel, long deadlineNanos) {
        this.cancel = cancel;
        this.deadlineNanos = deadlineNanos;
    }

    /** The deadline of an evaluation in {@code env} (which may be null) in this thread. */
    static QueryDeadline of(FunctionEnv env) {
        AtomicBoolean signal = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        long[] d = DEADLINE.get();
        return new QueryDeadline(signal, d == null ? 0 : d[0]);
    }

    /** Sets the deadline of the request running in this thread, {@code millis} from now; 0 or less for none. */
    static void start(long millis) {
        if (millis > 0) {
            DEADLINE.set(new long[] {System.nanoTime() + millis * 1_000_000L});
        }
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** Throws {@link QueryCancelledException} (answered 503, like a timeout) once the query must stop. */
    void check() {
        if ((cancel != null && cancel.get()) || (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0)) {
            throw new QueryCancelledException();
        }
    }
}
