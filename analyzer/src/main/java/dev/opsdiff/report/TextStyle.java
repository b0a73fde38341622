package dev.opsdiff.report;

import dev.opsdiff.rule.Level;

/**
 * How the text report marks up its parts: not at all (files, pipes, {@code NO_COLOR}) or with ANSI colours for a
 * terminal. Colour only ever adds escape sequences around text; the words are the same either way.
 */
public enum TextStyle {
    PLAIN, ANSI;

    private static final String RESET = "\u001b[0m";

    String path(String s) {
        return wrap("\u001b[1m", s);
    }

    String level(Level level, String s) {
        return wrap(switch (level) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case NOTE -> "\u001b[36m";
            case NONE -> "";
        }, s);
    }

    /** Secondary text: rule ids, call-path locations. */
    String dim(String s) {
        return wrap("\u001b[2m", s);
    }

    private String wrap(String code, String s) {
        return this == PLAIN || code.isEmpty() ? s : code + s + RESET;
    }
}
