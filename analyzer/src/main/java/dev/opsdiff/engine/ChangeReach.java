package dev.opsdiff.engine;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matched pairs that can carry a finding the {@link PathChangeGate} keeps: those whose own method, or a method
 * they reach through calls on either side, changed materially, or that read what a change edited outside methods.
 * Rules run only on these. Every other pair runs unchanged code over unchanged code, so any finding on it would be
 * dropped for having no change on its path; skipping it saves most of the work when a change reaches far (a widely
 * used type, two releases compared), without changing a single finding.
 *
 * <p>Seeds are the gate's own: materially changed methods (new and deleted ones included) and places outside
 * methods on edited lines. Wider where cheap: a file edited outside its methods (a constant, a field initializer, an
 * annotation), or whose changed methods set state other methods read (a constructor, a field write), makes all its
 * methods seeds, and every method elsewhere that mentions one of its types (constants,
 * subtypes, static imports). When a non-Java file changed, configuration may reach any method and all pairs run.
 */
final class ChangeReach {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Set<String> relevantBefore;
    private final Set<String> relevantAfter;

    private ChangeReach(Set<String> relevantBefore, Set<String> relevantAfter) {
        this.relevantBefore = relevantBefore;
        this.relevantAfter = relevantAfter;
    }

    /**
     * Which pairs rules must see for this change; {@code p -> true} when configuration changed.
     *
     * @param editedLines AFTER lines a path's change edited (null for a file new on one side), as the gate sees them
     */
    static Predicate<MethodPair> pairs(Snapshot beforeSnapshot, Snapshot afterSnapshot, ResolvedProgram before,
                                       ResolvedProgram after, MaterialChanges changes,
                                       Function<String, Set<Integer>> editedLines) {
        Map<String, SourceFile> b = byPath(beforeSnapshot);
        Map<String, SourceFile> a = byPath(afterSnapshot);
        Set<String> changedFiles = new HashSet<>();
        Set<String> wholeFiles = new HashSet<>();
        Set<String> outsideMethods = new HashSet<>();
        Set<String> paths = new HashSet<>(b.keySet());
        paths.addAll(a.keySet());
        for (String path : paths) {
            SourceFile x = b.get(path);
            SourceFile y = a.get(path);
            if (x != null && y != null && (x == y || x.contentHash().equals(y.contentHash()))) {
                continue;
            }
            if (!path.endsWith(".java")) {
                return p -> true;
            }
            changedFiles.add(path);
            if (x == null || y == null) {
                wholeFiles.add(path); // added or deleted: every method in it is new or gone
            } else if (editsOutsideMethods(after.program(), path, editedLines.apply(path))
                    || changesState(after.program(), path, changes::changed)
                    || changesState(before.program(), path, m -> changes.changedBefore(m.id()))) {
                wholeFiles.add(path);
                outsideMethods.add(path);
            }
        }
        Set<String> declared = new HashSet<>();
        for (ResolvedProgram side : List.of(before, after)) {
            for (FileModel f : side.program().files()) {
                if (outsideMethods.contains(f.path())) {
                    f.types().forEach(t -> declared.add(t.simpleName()));
                }
            }
        }
        Set<String> tainted = taintedTypes(declared, List.of(before, after));
        // A method of an unchanged file is itself unchanged: only changed files are asked (a body comparison).
        Set<String> relevantBefore = relevant(before, m -> changedFiles.contains(m.location().path())
                && (wholeFiles.contains(m.location().path()) || changes.changedBefore(m.id())), tainted);
        Set<String> relevantAfter = relevant(after, m -> changedFiles.contains(m.location().path())
                && (wholeFiles.contains(m.location().path()) || changes.changed(m)), tainted);
        return new ChangeReach(relevantBefore, relevantAfter)::test;
    }

    /**
     * Whether a changed method sets what other methods read: a constructor, or a method that assigns a field of its
     * type or calls a mutator on one ({@code this.retry = builder.noBackoff().build()}, {@code limits.put(k, v)}).
     * The methods reading the field then run with different values though their code did not change.
     */
    private static boolean changesState(ProgramModel program, String path, Predicate<MethodModel> changed) {
        for (TypeModel t : program.file(path).map(FileModel::types).orElse(List.of())) {
            Set<String> fields = new HashSet<>();
            t.fields().forEach(f -> fields.add(f.name()));
            for (MethodModel m : t.methods()) {
                if (changed.test(m) && (m.isConstructor() || writesField(m.bodyTokens(), fields))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
            ">>=", ">>>=", "++", "--");
    private static final Pattern MUTATOR = Pattern.compile(
            "(set|put|add|remove|clear|register|with|append|compute|merge|replace|offer|push|poll|init|configure|"
                    + "update|reset|start|stop)[A-Za-z0-9_]*");

    private static boolean writesField(List<String> tokens, Set<String> fields) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!fields.contains(tokens.get(i)) || (i > 0 && ".".equals(tokens.get(i - 1))
                    && !(i > 1 && "this".equals(tokens.get(i - 2))))) {
                continue; // not a field, or a member of something else (other.field)
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (ASSIGNMENTS.contains(next) || "++".equals(previous) || "--".equals(previous)
                    || ("[".equals(next)) || (".".equals(next) && i + 2 < tokens.size()
                    && MUTATOR.matcher(tokens.get(i + 2)).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the change edited a line outside every method of the file (a constant, a field, an annotation, an
     * import): what other methods read of the file may have changed, not only what its changed methods do.
     */
    private static boolean editsOutsideMethods(ProgramModel after, String path, Set<Integer> edited) {
        if (edited == null) {
            return true;
        }
        List<MethodModel> methods = after.file(path).map(f -> f.types().stream().flatMap(t -> t.methods().stream())
                .toList()).orElse(List.of());
        for (int line : edited) {
            if (methods.stream().noneMatch(m -> m.location().line() <= line && line <= m.location().endLine())) {
                return true;
            }
        }
        return false;
    }

    private boolean test(MethodPair pair) {
        return relevantAfter.contains(pair.after().id()) || relevantBefore.contains(pair.before().id());
    }

    /** Types declared in changed files, and (transitively) the types extending them by simple name. */
    private static Set<String> taintedTypes(Set<String> declared, List<ResolvedProgram> sides) {
        Set<String> tainted = new HashSet<>(declared);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ResolvedProgram side : sides) {
                for (FileModel f : side.program().files()) {
                    for (TypeModel t : f.types()) {
                        if (!tainted.contains(t.simpleName())
                                && t.supertypes().stream().anyMatch(s -> mentions(s, tainted))) {
                            tainted.add(t.simpleName());
                            grew = true;
                        }
                    }
                }
            }
        }
        return tainted;
    }

    /**
     * Methods in changed or dependent places, and every method that calls one of them, transitively. Callers are
     * found by name first (call sites are in the model), and only those candidates' calls are resolved, by the same
     * resolution the summaries use (it dispatches widely: through library interfaces, to implementations of abstract
     * methods), so that no caller a summary would follow is missed.
     */
    private static Set<String> relevant(ResolvedProgram side, Predicate<MethodModel> changed, Set<String> tainted) {
        // Callers not resolved yet, by the names they call, taken from the program's index (shared with the rules)
        // when a name is first asked for; once resolved, a caller is indexed by its exact targets and leaves these
        // sets, so each method is resolved at most once however many callees share a name, and a name called by
        // thousands of methods is not walked again for each of its callees.
        Map<String, Set<MethodModel>> unresolvedByName = new HashMap<>();
        Set<String> resolved = new HashSet<>();
        Map<String, Set<MethodModel>> callersOf = new HashMap<>();
        Deque<MethodModel> work = new ArrayDeque<>();
        Set<String> relevant = new HashSet<>();
        TypeAncestry ancestry = new TypeAncestry(side.program());
        boolean anyTainted = !tainted.isEmpty();
        for (FileModel f : side.program().files()) {
            boolean wholeFile = anyTainted && fileDepends(f, tainted);
            for (TypeModel t : f.types()) {
                boolean wholeType = wholeFile || anyTainted && typeDepends(t, tainted);
                for (MethodModel m : t.methods()) {
                    if ((wholeType || changed.test(m) || anyTainted && methodDepends(m, tainted))
                            && relevant.add(m.id())) {
                        work.add(m);
                    }
                }
            }
        }
        while (!work.isEmpty()) {
            MethodModel callee = work.poll();
            for (MethodModel caller : callersOf.getOrDefault(callee.id(), Set.of())) {
                if (relevant.add(caller.id())) {
                    work.add(caller);
                }
            }
            // Constructors and their call sites share the name <init>; method references carry the method's name.
            Set<MethodModel> candidates = unresolvedByName.computeIfAbsent(callee.name(), name -> {
                Set<MethodModel> out = new java.util.LinkedHashSet<>();
                for (MethodModel m : side.methodsCalling(name)) {
                    if (!resolved.contains(m.id()) && !relevant.contains(m.id())) {
                        out.add(m);
                    }
                }
                return out;
            });
            if (candidates.isEmpty()) {
                continue;
            }
            Set<String> calleeTypes = ancestry.of(callee.declaringType());
            for (MethodModel caller : List.copyOf(candidates)) {
                if (relevant.contains(caller.id()) || !mayCall(caller, callee, calleeTypes, ancestry)) {
                    continue;
                }
                boolean reaches = false;
                for (ResolvedCall c : side.calls(caller)) {
                    for (String target : c.targets()) {
                        callersOf.computeIfAbsent(target, k -> new HashSet<>()).add(caller);
                        reaches |= relevant.contains(target);
                    }
                }
                resolved.add(caller.id());
                caller.calls().forEach(c -> {
                    Set<MethodModel> waiting = unresolvedByName.get(c.name());
                    if (waiting != null) {
                        waiting.remove(caller);
                    }
                });
                if (reaches && relevant.add(caller.id())) {
                    work.add(caller);
                }
            }
        }
        return relevant;
    }

    /**
     * Whether a call site of {@code caller} can resolve to {@code callee}, by a necessary condition of the resolution
     * (checked without resolving): same name, an arity the callee accepts, and a receiver type whose supertypes meet
     * the callee type's (the resolution finds the method in the receiver's supertypes, then implementations of it in
     * their subtypes). Receivers whose type the model does not name pass, and are resolved.
     */
    private static boolean mayCall(MethodModel caller, MethodModel callee, Set<String> calleeTypes, TypeAncestry ancestry) {
        int n = callee.parameters().size();
        String last = n == 0 ? null : callee.parameters().get(n - 1).typeName();
        boolean varargs = last != null && last.endsWith("[]");
        List<CallSite> calls = caller.calls();
        for (int i = 0; i < calls.size(); i++) { // indexed: asked for most caller and callee pairs of a side
            CallSite c = calls.get(i);
            if (!c.name().equals(callee.name())
                    || !(c.isMethodReference() || c.argCount() == n || (varargs && c.argCount() >= n - 1))) {
                continue;
            }
            Receiver r = c.receiver();
            boolean possible = switch (r.kind()) {
                case THIS, SUPER -> ancestry.enclosingMeets(caller.declaringType(), calleeTypes);
                case VARIABLE, TYPE, NEW -> r.typeName() == null || ancestry.meets(r.typeName(), calleeTypes);
                default -> true;
            };
            if (possible) {
                return true;
            }
        }
        return false;
    }

    /** Imports of a tainted type, or static imports of its members. */
    private static boolean fileDepends(FileModel f, Set<String> tainted) {
        return f.imports().single().values().stream().anyMatch(q -> tainted.contains(simple(q)))
                || f.imports().statics().values().stream().anyMatch(q -> tainted.contains(simple(q)));
    }

    private static boolean typeDepends(TypeModel t, Set<String> tainted) {
        if (tainted.contains(t.simpleName()) || annotationsMention(t.annotations(), tainted)) {
            return true;
        }
        for (Field field : t.fields()) {
            if (mentions(field.typeName(), tainted) || (field.initializer() != null
                    && mentions(field.initializer(), tainted)) || annotationsMention(field.annotations(), tainted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean methodDepends(MethodModel m, Set<String> tainted) {
        return m.bodyTokens().stream().anyMatch(tainted::contains) || annotationsMention(m.annotations(), tainted)
                || m.parameters().stream().anyMatch(p -> mentions(p.typeName(), tainted));
    }

    private static boolean annotationsMention(Collection<Annotation> annotations, Set<String> tainted) {
        return annotations.stream().anyMatch(a -> a.attributes().values().stream().anyMatch(v -> mentions(v, tainted)));
    }

    private static boolean mentions(String text, Set<String> words) {
        if (text == null || words.stream().noneMatch(text::contains)) {
            return false; // a word not in the text at all: no need to split it into words
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (words.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static Map<String, SourceFile> byPath(Snapshot s) {
        Map<String, SourceFile> out = new HashMap<>();
        s.files().forEach(f -> out.put(f.path(), f));
        return out;
    }
}
