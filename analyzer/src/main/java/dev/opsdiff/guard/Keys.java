package dev.opsdiff.guard;

import dev.opsdiff.source.Whitespace;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guard keys as comparable text. A key written {@code event.getId()} in BEFORE and {@code event.id()} after a record
 * migration, or {@code id} after {@code String id = event.getId();}, or {@code e.getId()} inside a helper called with
 * {@code event}, is the same key; {@code event.getOrderId()} is not.
 */
final class Keys {
    private static final Pattern GETTER = Pattern.compile("\\.get(\\p{Lu})(\\w*)\\(\\)");

    private Keys() {
    }

    /** Whitespace, {@code this.} and getter prefixes removed. */
    static String normalize(String key) {
        if (key == null) {
            return null;
        }
        String s = Whitespace.removed(key).replace("this.", "");
        Matcher m = GETTER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("." + m.group(1).toLowerCase(Locale.ROOT) + m.group(2)
                    + "()"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.\"])([A-Za-z_$][\\w$]*)(?![\\w$])");
    private static final Pattern ROOT_OR_STRING =
            Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|(?<![\\w$.])([A-Za-z_$][\\w$]*)");

    /** Replaces whole identifiers (not member names after a dot) by the given texts, in one pass. */
    static String substitute(String text, Map<String, String> names) {
        if (text == null || names.isEmpty()) {
            return text;
        }
        Matcher m = IDENTIFIER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = names.getOrDefault(m.group(1), m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A key that changes on every call: a retry with it is a new request to the receiving side. */
    private static final Pattern FRESH_PER_CALL = Pattern.compile(
            "randomUUID|nanoTime|currentTimeMillis|Instant\\.now|LocalDateTime\\.now|new Random|ThreadLocalRandom");

    /** Identifiers a key starts from (not member names, not inside string literals): {@code event} in {@code event.id()}. */
    static java.util.Set<String> roots(String key) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (key == null) {
            return out;
        }
        Matcher m = ROOT_OR_STRING.matcher(key);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Whether a key is a fresh value per call ({@code UUID.randomUUID()}), never the same for a repeat. */
    static boolean freshPerCall(String key) {
        return key != null && FRESH_PER_CALL.matcher(key).find();
    }

    /** Whether two keys name the same thing; a guard without a key (a lock, a status check) fits any key. */
    static boolean compatible(String a, String b) {
        return a == null || b == null || normalize(a).equals(normalize(b));
    }
}
