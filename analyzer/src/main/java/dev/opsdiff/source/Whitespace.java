package dev.opsdiff.source;

/**
 * Source text compared or shown regardless of its layout. White space is what the regular expression {@code \s}
 * matches ({@code [ \t\n\x0B\f\r]}). Written as plain loops: these run for every node, line and call site of an
 * analysis (the model keeps each call's text squeezed, and every changed file is squeezed line by line), where a
 * regular expression's replacement cost a whole-tree comparison most of a second.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** Every run of white space (line breaks included) as one space. */
    public static String squeezed(String text) {
        return rewritten(text, true);
    }

    /** The text without any white space. */
    public static String removed(String text) {
        return rewritten(text, false);
    }

    /** Whether {@code \s} matches the character. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Text lines as {@code split("\r\n|\r|\n", -1)} gives them, without compiling a pattern. */
    public static java.util.List<String> lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** Each run of white space as one space ({@code squeeze}) or as nothing; the text itself when nothing changes. */
    private static String rewritten(String text, boolean squeeze) {
        int n = text.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            boolean unchanged = squeeze && c == ' ' && end == i + 1;
            if (!unchanged && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null && squeeze) {
                out.append(' ');
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }
}
