package org.vdkg.cli;

/** The command line is wrong (unknown option, missing or bad value): exit 2 with the usage. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
