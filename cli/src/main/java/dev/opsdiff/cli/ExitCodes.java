package dev.opsdiff.cli;

/** The exit codes of CONVENTIONS.md. */
public final class ExitCodes {
    /** Nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or input error. */
    public static final int INPUT = 2;
    /** Internal error (a bug). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
