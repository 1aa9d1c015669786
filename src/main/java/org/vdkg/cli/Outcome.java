package org.vdkg.cli;

/** How a command ended, before {@link Main} turns it into an exit code. */
public enum Outcome {
    /** Done. */
    OK,
    /** The user's data is wrong; the problems have been printed. */
    DATA_ERRORS
}
