package org.vdkg.problem;

/**
 * One problem found in the curated files, located by file, line and column, with a stable id
 * (documented in {@code docs/errors.md}) and a hint that tells the curator what to do.
 *
 * @param file path relative to the project root, with '/' separators
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Problem(Severity severity, String id, String file, int line, int column, String message, String hint) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form printed to users: {@code data/x.yaml:12:5: error VDKG-E012 message (fix: hint)}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.word()).append(' ').append(id).append(' ').append(message);
        if (hint != null && !hint.isBlank()) {
            sb.append(" (fix: ").append(hint).append(')');
        }
        return sb.toString();
    }
}
