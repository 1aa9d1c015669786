package org.vdkg.problem;

/**
 * The user's data or arguments are wrong (a missing database, an unreadable query file...):
 * the CLI prints the message alone and exits with 1.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
