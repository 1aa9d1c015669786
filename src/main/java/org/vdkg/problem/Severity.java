package org.vdkg.problem;

/** How serious a validation problem is: errors stop a build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
