package org.vdkg.web;

/** A request the client got wrong (a parameter, a header): every page answers it with 400 and this message. */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
