package dev.opsdiff.guard;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.GuardApi;
import dev.opsdiff.source.InputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code guards:} catalog section compiled once: guard shapes by how they show in code, entry points, and the
 * side effects worth guarding. Entries keep catalog order, so the first match wins.
 */
public final class GuardCatalog {
    /** How a guard shows in code (see {@link GuardApi#shape()}). */
    public enum Shape {
        TEST, ASSERT, CALLBACK, SEQUENCE, CATCH, INLINE, METHOD_ANNOTATION, PARAMETER_ANNOTATION, FIELD_ANNOTATION,
        REPOSITORY_ANNOTATION, METHOD_MODIFIER, HANDLE, DISTINCT;

        static Shape parse(String s, int index) {
            if (s == null) {
                return TEST;
            }
            for (Shape x : values()) {
                if (x.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(s)) {
                    return x;
                }
            }
            throw new InputException("catalog guards[" + index + "]: unknown shape '" + s + "'");
        }
    }

    /** What a test's truthy result (true, non-null, positive) means. */
    public enum Sense { DONE, FRESH, BY_CONSTANT }

    /** One compiled entry. */
    public record Entry(GuardApi api, GuardKind kind, Shape shape, Sense sense, Set<String> methods, Pattern pattern,
                        Pattern sql, Pattern argPattern, Pattern receiverNames, Pattern doneConstants,
                        Pattern freshConstants, boolean afterOnly) {
        public boolean matchesName(String method) {
            boolean byName = methods.contains(method);
            boolean byPattern = pattern != null && pattern.matcher(method).matches();
            boolean unconstrained = methods.isEmpty() && pattern == null;
            return byName || byPattern || unconstrained;
        }

        /** Types as listed, or empty for "any receiver". */
        public List<String> types() {
            return nonNull(api.types());
        }

        public String keyArgs() {
            return api.keyArgs() == null ? "first" : api.keyArgs();
        }

        public Set<String> scope() {
            return Set.copyOf(nonNull(api.effects()));
        }

        /** A boolean {@code settings} entry; absent is false. */
        public boolean flag(String name) {
            return api.settings() != null && Boolean.parseBoolean(String.valueOf(api.settings().get(name)));
        }

        /** A {@code protected-action} matched by name: only on a project type (or one not in view), never a library's. */
        public boolean projectOnly() {
            return flag("projectOnly");
        }

        /** An {@code assert} entry that throws when its condition holds ({@code throwIfTrue(cond, msg)}). */
        public boolean throwsWhenTrue() {
            return flag("throwsWhenTrue");
        }

        /** A {@code handle} entry that stops the previous run ({@code task.cancel(false)}) rather than testing it. */
        public boolean stopsPrevious() {
            return flag("stopsPrevious");
        }

        /** Only an argument-less call on a variable counts: the entity's own state, not a helper or a utility. */
        public boolean entityMethod() {
            return flag("entityMethod");
        }
    }

    private final List<Entry> guards = new ArrayList<>();
    private final Map<Shape, List<Entry>> byShape = new ConcurrentHashMap<>();
    private final Map<Shape, Map<String, List<Entry>>> byName = new ConcurrentHashMap<>();
    private final List<Entry> entryPoints = new ArrayList<>();
    private final List<Entry> protectedEffects = new ArrayList<>();
    private final List<Entry> protectedActions = new ArrayList<>();
    private final Map<String, List<Entry>> protectedActionsByName = new ConcurrentHashMap<>();

    public GuardCatalog(Catalog catalog) {
        List<GuardApi> apis = catalog.guards();
        for (int i = 0; i < apis.size(); i++) {
            GuardApi a = apis.get(i);
            String kind = a.kind() == null ? "" : a.kind();
            switch (kind) {
                case "entry-point" -> entryPoints.add(compile(a, null, i));
                case "protected-effect" -> protectedEffects.add(compile(a, null, i));
                case "protected-action" -> protectedActions.add(compile(a, null, i));
                default -> {
                    GuardKind k = GuardKind.fromId(kind);
                    if (k == null) {
                        throw new InputException("catalog guards[" + i + "]: unknown kind '" + kind + "' (expected "
                                + "existence, dedupe, claim, status, version, lock, unique-key, idempotency-key, "
                                + "handle, entry-point, protected-effect or protected-action)");
                    }
                    guards.add(compile(a, k, i));
                }
            }
        }
    }

    private static Entry compile(GuardApi a, GuardKind kind, int index) {
        Shape shape = Shape.parse(a.shape(), index);
        Sense sense = switch (a.sense() == null ? "done" : a.sense()) {
            case "done" -> Sense.DONE;
            case "fresh" -> Sense.FRESH;
            case "by-constant" -> Sense.BY_CONSTANT;
            default -> throw new InputException("catalog guards[" + index + "]: unknown sense '" + a.sense()
                    + "' (expected done, fresh or by-constant)");
        };
        Map<String, Object> settings = a.settings() == null ? Map.of() : a.settings();
        return new Entry(a, kind, shape, sense, Set.copyOf(nonNull(a.methods())), regex(a.pattern(), index),
                regex(a.sql(), index), regex(a.argPattern(), index), regex(a.receiverNames(), index),
                regex(settings.get("done"), index), regex(settings.get("fresh"), index),
                Boolean.parseBoolean(String.valueOf(settings.get("afterOnly"))));
    }

    /** A user's catalog mistake is an input error (exit 2), not a crash. */
    private static Pattern regex(Object s, int index) {
        if (s == null) {
            return null;
        }
        try {
            return Pattern.compile(String.valueOf(s));
        } catch (PatternSyntaxException e) {
            throw new InputException("catalog guards[" + index + "]: invalid regular expression '" + s + "': "
                    + e.getDescription());
        }
    }

    public List<Entry> guards(Shape shape) {
        return byShape.computeIfAbsent(shape, k -> guards.stream().filter(e -> e.shape() == k).toList());
    }

    /**
     * The entries of a shape whose names admit a call named {@code methodName}, in catalog order: what
     * {@link CallChecks#matches} tests first, asked for every call site of every method analyzed, so it is worked out
     * once per name (most calls match no entry by name).
     */
    public List<Entry> guards(Shape shape, String methodName) {
        return byName.computeIfAbsent(shape, k -> new ConcurrentHashMap<>()).computeIfAbsent(methodName,
                n -> guards(shape).stream().filter(e -> e.matchesName(n)).toList());
    }

    public List<Entry> entryPoints() {
        return entryPoints;
    }

    public List<Entry> protectedEffects() {
        return protectedEffects;
    }

    /** In-process actions worth guarding (calls with no library effect), a lower-confidence tier. */
    public List<Entry> protectedActions() {
        return protectedActions;
    }

    /** The in-process actions whose names admit a call named {@code methodName}, in catalog order (asked per call). */
    public List<Entry> protectedActions(String methodName) {
        return protectedActionsByName.computeIfAbsent(methodName,
                n -> protectedActions.stream().filter(e -> e.matchesName(n)).toList());
    }

    /** Whether a resolved type (most specific first, with supertypes) is one of the listed types. */
    public static boolean typeMatches(Collection<String> listed, List<String> closure) {
        if (listed.isEmpty()) {
            return true;
        }
        for (String t : closure) {
            if (t == null) {
                continue;
            }
            // A name that could not be resolved (no import, wildcard import) is compared by its simple name.
            boolean unresolved = t.indexOf('.') < 0;
            for (String l : listed) {
                if (l.equals(t) || unresolved && simple(l).equals(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the annotations (qualified as far as they resolve) is one of the listed ones. */
    public static boolean annotated(Collection<String> listed, Collection<String> annotations) {
        Set<String> simpleListed = new TreeSet<>();
        listed.forEach(l -> simpleListed.add(simple(l)));
        for (String a : annotations) {
            if (listed.contains(a) || a.indexOf('.') < 0 && simpleListed.contains(a)) {
                return true;
            }
        }
        return false;
    }

    static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
