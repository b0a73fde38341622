package dev.opsdiff.source;

import java.util.regex.Pattern;

/**
 * Source text compared or shown regardless of its layout. The pattern is compiled once: these run for every node,
 * line and call site of an analysis, where {@code String.replaceAll} would compile it each time.
 */
public final class Whitespace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** Every run of white space (line breaks included) as one space. */
    public static String squeezed(String text) {
        return RUNS.matcher(text).replaceAll(" ");
    }

    /** The text without any white space. */
    public static String removed(String text) {
        return RUNS.matcher(text).replaceAll("");
    }
}
