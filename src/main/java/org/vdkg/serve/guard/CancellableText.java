package org.vdkg.serve.guard;

/**
 * A string that a regular expression reads through {@link #charAt}, checking every so many reads whether the
 * query must stop. {@code java.util.regex} cannot be interrupted, and a pattern with nested quantifiers can
 * backtrack for longer than the age of the universe on a 40-character string; it reads characters all the while.
 */
final class CancellableText implements CharSequence {

    /** Reads between checks: a check costs a volatile read, a read a few nanoseconds. */
    private static final int EVERY = 1 << 12;

    private final String text;
    private final QueryDeadline deadline;
    private int reads;

    CancellableText(String text, QueryDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & (EVERY - 1)) == 0) {
            deadline.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
