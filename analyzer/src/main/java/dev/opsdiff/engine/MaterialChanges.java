package dev.opsdiff.engine;

import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.MethodModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether an AFTER method changed in a way that matters against its matched BEFORE method: a new method always has;
 * a matched one has when its body, annotations or modifiers differ beyond comments, formatting, logging statements
 * and consistent renames. A rename is consistent when every BEFORE identifier maps to one AFTER identifier and back
 * (a bijection over the body) and each renamed pair shares a distinctive word ({@code processDefinition} →
 * {@code workflowDefinition}), so a swapped receiver ({@code cache} → {@code repository}) or a swapped call
 * ({@code findById} → {@code findAllById}) still counts as a change.
 */
final class MaterialChanges {
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
    private static final Pattern LOGGER = Pattern.compile("(?i)(log|logger|_log|_logger|slf4jlog|logging)");
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal");
    private static final Pattern WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_|\\$|(?<=\\D)(?=\\d)");

    private final Matching matching;
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    MaterialChanges(Matching matching) {
        this.matching = matching;
    }

    /** Whether the AFTER method with this id is new, or changed materially against its BEFORE counterpart. */
    boolean changed(MethodModel after) {
        return cache.computeIfAbsent(after.id(), id -> matching.ofAfter(id).map(MaterialChanges::differs).orElse(true));
    }

    /** Whether the BEFORE method with this id was deleted, or its AFTER counterpart changed materially. */
    boolean changedBefore(String beforeId) {
        return matching.ofBefore(beforeId).map(p -> changed(p.after())).orElse(true);
    }

    static boolean differs(MethodPair pair) {
        MethodModel b = pair.before();
        MethodModel a = pair.after();
        if (!b.modifiers().equals(a.modifiers()) || !annotations(b).equals(annotations(a))
                || b.parameters().size() != a.parameters().size()) {
            return true;
        }
        return !equivalent(withoutLogging(b.bodyTokens()), withoutLogging(a.bodyTokens()));
    }

    private static List<String> annotations(MethodModel m) {
        return m.annotations().stream().filter(x -> !"Override".equals(x.simpleName()))
                .map(MaterialChanges::text).sorted().toList();
    }

    private static String text(Annotation a) {
        return a.simpleName() + new java.util.TreeMap<>(a.attributes());
    }

    /** Token sequences equal up to a consistent, name-preserving renaming of identifiers. */
    static boolean equivalent(List<String> before, List<String> after) {
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
    static boolean sameThing(String x, String y) {
        Set<String> a = new java.util.HashSet<>(words(x));
        for (String w : words(y)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w) && a.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String identifier) {
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

    /** Drops {@code log.info(...);}-style statements: logging never changes what a method does operationally. */
    static List<String> withoutLogging(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = loggingStatementEnd(tokens, i);
            if (end > i) {
                i = end;
            } else {
                out.add(tokens.get(i++));
            }
        }
        return out;
    }

    /** The index after {@code LOG . level ( ... ) ;} starting at {@code i}, or {@code i} when none starts there. */
    private static int loggingStatementEnd(List<String> t, int i) {
        boolean statementStart = i == 0 || Set.of(";", "{", "}", ")", "else", "->", ":").contains(t.get(i - 1));
        if (!statementStart || i + 3 >= t.size() || !LOGGER.matcher(t.get(i)).matches() || !".".equals(t.get(i + 1))
                || !LOG_LEVELS.contains(t.get(i + 2)) || !"(".equals(t.get(i + 3))) {
            return i;
        }
        int depth = 0;
        for (int j = i + 3; j < t.size(); j++) {
            String s = t.get(j);
            if ("(".equals(s)) {
                depth++;
            } else if (")".equals(s)) {
                depth--;
                if (depth == 0) {
                    return j + 1 < t.size() && ";".equals(t.get(j + 1)) ? j + 2 : i;
                }
            }
        }
        return i;
    }
}
