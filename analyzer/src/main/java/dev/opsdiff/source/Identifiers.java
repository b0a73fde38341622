package dev.opsdiff.source;

/**
 * Whether source text uses a name as an identifier of its own: not part of a longer identifier, not a member after a
 * dot. What the regex {@code (?<![\w$.])name(?![\w$])} finds, without compiling one per name on paths that run per
 * call site.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code count} in {@code count > 0} or {@code f(count)}; not in {@code counter}, {@code this.count}, {@code x.count}. */
    public static boolean uses(String text, String name) {
        if (text == null || name == null || name.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsAlone = at == 0 || !(isPart(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
            boolean endsAlone = end == text.length() || !isPart(text.charAt(end));
            if (startsAlone && endsAlone) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@code [\w$]}: the ASCII word characters regex's {@code \w} means, and {@code $}. */
    private static boolean isPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }
}
