package dev.opsdiff.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions that come from the catalog (an exception-name or supertype-name setting) and are matched per
 * call site or per method: compiled once per JVM instead of at every use. The catalog bounds how many there are.
 */
public final class Patterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    /** {@code Pattern.compile(regex)}, shared; a syntax error is thrown as it would be by the JDK. */
    public static Pattern of(String regex) {
        Pattern known = COMPILED.get(regex);
        if (known == null) {
            known = Pattern.compile(regex);
            COMPILED.putIfAbsent(regex, known);
        }
        return known;
    }
}
