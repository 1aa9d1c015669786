package org.vdkg.serve.guard;

/**
 * A query asked for more than the server allows in one value (a string, a number) or one request; the endpoint
 * answers it with 400 and the message. Not an {@code ExprEvalException}, which ARQ would swallow as an unbound value.
 */
final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
        super(message);
    }
}
