package dev.opsdiff.rule;

import java.util.Locale;

/** SARIF result levels, most severe first. */
public enum Level {
    ERROR, WARNING, NOTE, NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding at this level reaches the threshold {@code failOn}. */
    public boolean atLeast(Level failOn) {
        return failOn != NONE && this != NONE && ordinal() <= failOn.ordinal();
    }

    public static Level parse(String s) {
        for (Level l : values()) {
            if (l.id().equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + s + "' (expected error, warning, note or none)");
    }
}
