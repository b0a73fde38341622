package dev.opsdiff.engine;

import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.match.Renames;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether an AFTER method changed in a way that matters against its matched BEFORE method: a new method always has;
 * a matched one has when its body, annotations or modifiers differ beyond comments, formatting, logging statements
 * and consistent renames ({@link Renames}).
 */
final class MaterialChanges {
    private static final Pattern LOGGER = Pattern.compile("(?i)(log|logger|_log|_logger|slf4jlog|logging)");
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal");

    /** Class annotations that say nothing about what the methods do at run time (Lombok, documentation). */
    private static final Set<String> INERT_TYPE_ANNOTATIONS = Set.of("Data", "Getter", "Setter", "Slf4j", "Log4j2",
            "Log", "CommonsLog", "RequiredArgsConstructor", "AllArgsConstructor", "NoArgsConstructor", "Builder",
            "SuperBuilder", "ToString", "EqualsAndHashCode", "Value", "Accessors", "SuppressWarnings", "Deprecated",
            "Api", "Tag", "Schema", "Generated", "JsonIgnoreProperties", "JsonInclude");

    private final Matching matching;
    private final ProgramModel before;
    private final ProgramModel after;
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    MaterialChanges(Matching matching, ProgramModel before, ProgramModel after) {
        this.matching = matching;
        this.before = before;
        this.after = after;
    }

    /** Whether the AFTER method with this id is new, or changed materially against its BEFORE counterpart. */
    boolean changed(MethodModel after) {
        return cache.computeIfAbsent(after.id(), id -> matching.ofAfter(id)
                .map(p -> differs(p) || typeAnnotationsDiffer(p)).orElse(true));
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
        return !Renames.equivalent(withoutLogging(b.bodyTokens()), withoutLogging(a.bodyTokens()));
    }

    /**
     * A public method's class annotations apply to it (class-level {@code @Transactional}, {@code @Secured}): a
     * change to them changes the method, unless they are inert (Lombok, documentation).
     */
    private boolean typeAnnotationsDiffer(MethodPair pair) {
        if (!pair.after().hasModifier("public")) {
            return false;
        }
        return !typeAnnotations(before, pair.before()).equals(typeAnnotations(after, pair.after()));
    }

    private static List<String> typeAnnotations(ProgramModel program, MethodModel m) {
        return program.type(m.declaringType()).map(t -> t.annotations().stream()
                .filter(a -> !INERT_TYPE_ANNOTATIONS.contains(a.simpleName())).map(MaterialChanges::text).sorted()
                .toList()).orElse(List.of());
    }

    private static List<String> annotations(MethodModel m) {
        return m.annotations().stream().filter(x -> !"Override".equals(x.simpleName()))
                .map(MaterialChanges::text).sorted().toList();
    }

    private static String text(Annotation a) {
        return a.simpleName() + new java.util.TreeMap<>(a.attributes());
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
