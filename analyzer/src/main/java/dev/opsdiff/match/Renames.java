package dev.opsdiff.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that is the same up to a consistent renaming: every BEFORE identifier maps to one AFTER identifier and back
 * (a bijection), and each renamed pair shares a distinctive word ({@code processDefinition} →
 * {@code workflowDefinition}), so a swapped receiver ({@code cache} → {@code repository}) or a swapped call
 * ({@code findById} → {@code findAllById}) is still a difference. Used wherever "unchanged except for renames" must be
 * decided: the engine's change-on-path invariant, and rules that must classify unchanged code alike on both sides.
 */
public final class Renames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "yield", "record", "true", "false", "null");
    /** Words too common in names to show that two identifiers name the same thing. */
    private static final Set<String> COMMON_WORDS = Set.of("with", "from", "into", "list", "item", "items", "value",
            "values", "data", "info", "result", "results", "find", "query", "select", "insert", "update", "delete",
            "save", "check", "create", "exists", "exist", "count", "remove", "batch", "async", "sync", "cache",
            "repository", "repo", "client", "service", "mapper", "template", "timeout", "retry", "retries", "millis",
            "seconds", "size", "all", "get", "set", "put", "add", "has", "by", "id", "ids", "key", "keys", "map",
            "send", "call", "load", "read", "write", "fetch", "lock", "unlock", "wait", "sleep", "poll", "take",
            "this", "that", "other", "new", "old", "first", "last", "next", "max", "min");
    private static final Pattern WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_|\\$|(?<=\\D)(?=\\d)");
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*|\\d[\\w.]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|\\S");

    private Renames() {
    }

    /** Two snippets of source text (a call, a condition) that read the same up to consistent renames. */
    public static boolean sameCode(String before, String after) {
        if (before == null || after == null) {
            return false;
        }
        return before.equals(after) || equivalent(tokens(before), tokens(after));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Token sequences equal up to a consistent, name-preserving renaming of identifiers. */
    public static boolean equivalent(List<String> before, List<String> after) {
        if (before.size() != after.size()) {
            return false;
        }
        Map<String, String> forward = new HashMap<>();
        Map<String, String> backward = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String x = before.get(i);
            String y = after.get(i);
            if (x.equals(y)) {
                if (isIdentifier(x) && !consistent(forward, backward, x, y)) {
                    return false;
                }
                continue;
            }
            if (!isIdentifier(x) || !isIdentifier(y) || !consistent(forward, backward, x, y) || !sameThing(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(Map<String, String> forward, Map<String, String> backward, String x, String y) {
        String f = forward.putIfAbsent(x, y);
        String g = backward.putIfAbsent(y, x);
        return (f == null || f.equals(y)) && (g == null || g.equals(x));
    }

    /** Two names share a distinctive word: a rename of the same thing, not a swap of one thing for another. */
    public static boolean sameThing(String x, String y) {
        Set<String> a = new HashSet<>(words(x));
        for (String w : words(y)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w) && a.contains(w)) {
                return true;
            }
        }
        return false;
    }

    public static List<String> words(String identifier) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(identifier)) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0)) && !KEYWORDS.contains(token);
    }

}
