package dev.opsdiff.resolve;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.Effect;
import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One side's program with every call site resolved to a library effect and/or project methods. Resolution is
 * best-effort and cheap: declared types, imports, the project's type index and the catalog; never a classpath.
 */
public final class ResolvedProgram {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile("[a-z_$][A-Za-z0-9_$]*");
    /** SQL that handles many keys in one statement: the batch form of a per-key query. */
    private static final Pattern BATCH_SQL = Pattern.compile("(?is).*\\b(in\\s*\\(|=\\s*any\\s*\\().*");

    private final ProgramModel program;
    private final Catalog catalog;
    private final TypeResolver types;
    private final ProjectRoles roles;
    private final AnnotationEffects annotations;
    private final Map<String, List<ResolvedCall>> calls = new HashMap<>();
    /** Methods by the names they call (from the model, unresolved): where the callers of a method can be. */
    private Map<String, List<MethodModel>> byCalledName;
    private final Map<String, List<MethodModel>> callers = new HashMap<>();
    /** Analyses memoized on this program (retry profiles, timeouts, memo reads, ...): see {@link #analysis}. */
    private final Map<Class<?>, Object> analyses = new HashMap<>();

    public ResolvedProgram(ProgramModel program, Catalog catalog) {
        this.program = program;
        this.catalog = catalog;
        this.types = new TypeResolver(program, catalog);
        this.roles = new ProjectRoles(program, catalog, types);
        this.annotations = new AnnotationEffects(program, catalog, types);
    }

    public ProgramModel program() {
        return program;
    }

    public TypeResolver types() {
        return types;
    }

    /** The catalog calls were resolved with; program-level rules read its other sections (retries, timeouts) from here. */
    public Catalog catalog() {
        return catalog;
    }

    /** Whether a type is the project's own: among the sources, or under its package roots (another module). */
    public boolean isProjectType(String qualifiedName) {
        return program.type(qualifiedName).isPresent() || roles.inProjectNamespace(qualifiedName);
    }

    /**
     * The analysis of this program of the given kind, created on first use and kept as long as the program: it dies
     * with it. Analyses hold their program, so a static cache keyed weakly by the program (as they had) never let
     * go of either: in one JVM that analyses many times (the Maven plugin across a reactor's modules, the corpus
     * benchmark, the crash sweep) every program and its memoized analyses stayed on the heap.
     */
    public synchronized <T> T analysis(Class<T> kind, java.util.function.Function<ResolvedProgram, T> create) {
        Object known = analyses.get(kind);
        if (known == null) {
            known = create.apply(this); // may ask for other analyses of this program: no computeIfAbsent
            analyses.put(kind, known);
        }
        return kind.cast(known);
    }

    /** Resolved calls of a method, in call-index order; computed once per method. */
    public synchronized List<ResolvedCall> calls(MethodModel method) {
        return calls.computeIfAbsent(method.id(), k -> resolveAll(method));
    }

    /**
     * The methods whose resolved calls reach {@code callee}, in the program's method order. Resolution dispatches by
     * name (overrides, interface implementations, constructors as {@code <init>}, method references), so only the
     * methods calling that name are resolved, not the whole program.
     */
    public synchronized List<MethodModel> callersOf(MethodModel callee) {
        List<MethodModel> known = callers.get(callee.id());
        if (known != null) {
            return known;
        }
        List<MethodModel> out = new ArrayList<>();
        for (MethodModel m : methodsCalling(callee.name())) {
            if (calls(m).stream().anyMatch(c -> c.targets().contains(callee.id()))) {
                out.add(m);
            }
        }
        known = List.copyOf(out);
        callers.put(callee.id(), known);
        return known;
    }

    /**
     * The methods with a call site of this name (constructors: {@code <init>}), in the program's method order: the
     * candidates for calling a method of that name, found without resolving anything. Built once per program.
     */
    public synchronized List<MethodModel> methodsCalling(String name) {
        if (byCalledName == null) {
            byCalledName = new HashMap<>();
            for (MethodModel m : program.methods()) {
                m.calls().stream().map(CallSite::name).distinct()
                        .forEach(n -> byCalledName.computeIfAbsent(n, k -> new ArrayList<>()).add(m));
            }
        }
        return byCalledName.getOrDefault(name, List.of());
    }

    /**
     * Whether the call reads a hand-written memo: a field of the method's type (a map, an atomic reference, a thread
     * local of the catalog's {@code memos}) read without loading. Locals are not memos: they live for one call.
     */
    public boolean isMemoRead(MethodModel method, CallSite site) {
        return analysis(MemoReads.class, MemoReads::new).isMemoRead(method, site);
    }

    private List<ResolvedCall> resolveAll(MethodModel method) {
        TypeModel owner = program.type(method.declaringType()).orElseThrow();
        List<ResolvedCall> out = new ArrayList<>();
        for (CallSite site : method.calls()) {
            out.add(resolve(site, method, owner, out));
        }
        return List.copyOf(out);
    }

    private ResolvedCall resolve(CallSite site, MethodModel method, TypeModel owner, List<ResolvedCall> earlier) {
        Receiver r = site.receiver();
        String receiverType = switch (r.kind()) {
            case THIS, SUPER -> null;
            case VARIABLE, TYPE, NEW -> types.resolve(r.typeName(), owner);
            // A chained call's result typed by the precise front end (Spoon, with the classpath) is taken as is.
            case CALL_RESULT -> r.typeName() != null ? types.resolve(r.typeName(), owner)
                    : r.chainedCall() >= 0 && r.chainedCall() < earlier.size()
                    ? earlier.get(r.chainedCall()).resultType() : null;
            case UNKNOWN -> inheritedField(r.text(), owner);
        };
        if (r.kind() == Receiver.Kind.THIS || r.kind() == Receiver.Kind.SUPER) {
            return onSelf(site, owner, r.kind() == Receiver.Kind.SUPER);
        }
        if (receiverType == null) {
            return new ResolvedCall(site, null, List.of(), false, null);
        }
        if (site.name().equals(CallSite.CONSTRUCTOR)) {
            return new ResolvedCall(site, null, constructors(receiverType, site), false, receiverType);
        }
        // An interface call on a parameter runs whichever implementation the caller passed (often a lambda).
        boolean callerChosen = r.kind() == Receiver.Kind.VARIABLE
                && method.parameters().stream().anyMatch(p -> p.name().equals(r.text()));
        return onType(site, receiverType, owner, callerChosen);
    }

    /**
     * A bare name the front end could not type: a field inherited from a project supertype or declared by an
     * enclosing type ({@code dynoClient.hget(..)} in a subclass of the DAO base that declares {@code dynoClient}).
     */
    String inheritedField(String name, TypeModel owner) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            return null;
        }
        for (String t = owner.qualifiedName(); t != null; t = program.type(t).map(TypeModel::outerType).orElse(null)) {
            for (String s : types.closure(t)) {
                Optional<TypeModel> declaring = program.type(s);
                Optional<dev.opsdiff.model.Field> field = declaring.flatMap(d -> d.field(name));
                if (field.isPresent()) {
                    return types.resolve(field.get().typeName(), declaring.get());
                }
            }
        }
        return null;
    }

    /** Unqualified or {@code this.} calls: the enclosing type's (and outer types') methods, never through a proxy. */
    private ResolvedCall onSelf(CallSite site, TypeModel owner, boolean superOnly) {
        for (String t = owner.qualifiedName(); t != null; t = program.type(t).map(TypeModel::outerType).orElse(null)) {
            List<String> closure = types.closure(t);
            List<String> found = methodsIn(superOnly ? closure.subList(Math.min(1, closure.size()), closure.size())
                    : closure, site);
            if (!found.isEmpty()) {
                return new ResolvedCall(site, null, withImplementations(found, site), false, returnType(found));
            }
            Optional<Effect> inherited = effect(closure, site);
            if (inherited.isPresent()) {
                return new ResolvedCall(site, inherited.get(), List.of(), false, null);
            }
        }
        return new ResolvedCall(site, null, List.of(), false, null);
    }

    private ResolvedCall onType(CallSite site, String receiverType, TypeModel caller, boolean callerChosen) {
        List<String> closure = types.closure(receiverType);
        List<String> found = methodsIn(closure, site);
        Optional<TypeModel> projectType = program.type(receiverType);
        if (projectType.isPresent()) {
            Optional<Effect> byTypeAnnotation = annotatedTypeEffect(closure, site);
            if (byTypeAnnotation.isPresent()) {
                // A statement annotation on the method (@Update on a @Mapper method named markRunning) says more
                // than the type's rule by method name.
                Effect byType = byTypeAnnotation.get();
                Effect effect = found.isEmpty() ? byType : annotations.proxied(found)
                        .filter(e -> e.kind().category() == byType.kind().category())
                        .map(e -> withSqlBatch(e, site)).orElse(byType);
                return new ResolvedCall(site, effect, List.of(), false, returnType(found));
            }
        }
        if (!found.isEmpty()) {
            List<String> targets = withImplementations(found, site, callerChosen);
            boolean onlyAbstract = targets.stream().map(id -> program.method(id).orElseThrow())
                    .noneMatch(MethodModel::hasBody);
            Optional<Effect> proxied = annotations.proxied(found)
                    .or(() -> annotations.proxiedByEveryImplementation(targets, found));
            if (proxied.isPresent()) {
                // Only a caching read skips the body on a hit; @CachePut/@CacheEvict bodies always run.
                boolean onMiss = proxied.get().kind() == EffectKind.CACHE_READ;
                return new ResolvedCall(site, proxied.get(), targets, onMiss, returnType(found));
            }
            if (onlyAbstract) {
                // A declared repository/mapper method: its effect comes from the library supertypes, else from the
                // role the project interface has by structure (package scan, supertype) or by name.
                Optional<Effect> declared = effect(closure, site).or(() -> projectType.flatMap(t -> roles.ofDeclared(
                        t, closure, program.method(found.get(0)).orElseThrow(), site)));
                if (declared.isPresent()) {
                    return new ResolvedCall(site, declared.get(), List.of(), false, returnType(found));
                }
            }
            return new ResolvedCall(site, null, targets, false, returnType(found));
        }
        Optional<Effect> library = effect(closure, site);
        if (library.isEmpty() && projectType.isPresent() && projectType.get().isInterface()) {
            // A project interface that inherits the method from a supertype out of view (TagDao extends EntityDao):
            // the interface's own role still says what the call does.
            library = roles.ofDeclared(projectType.get(), closure, null, site);
        }
        if (library.isEmpty() && projectType.isEmpty() && !catalog.knowsType(receiverType)) {
            library = roles.ofUnseen(receiverType, caller, site);
        }
        String result = catalog.returnType(closure, site.name()).orElse(null);
        return new ResolvedCall(site, library.orElse(null), List.of(), false, result);
    }

    private Optional<Effect> effect(List<String> closure, CallSite site) {
        return catalog.effectOf(closure, site.name()).map(e -> withSqlBatch(e, site));
    }

    private Effect withSqlBatch(Effect e, CallSite site) {
        boolean database = e.kind().category() == EffectKind.Category.DATABASE;
        if (database && !e.batch() && site.stringArgs().stream().anyMatch(s -> BATCH_SQL.matcher(s).matches())) {
            return new Effect(e.kind(), e.api(), e.resource(), e.remote(), true, e.library(), e.loading());
        }
        return e;
    }

    /** Interfaces such as {@code @FeignClient} or {@code @Mapper}: every method is a call. */
    private Optional<Effect> annotatedTypeEffect(List<String> closure, CallSite site) {
        return annotations.ofAnnotatedType(closure, site).map(e -> withSqlBatch(e, site));
    }

    /**
     * The catalog's proxy entries ({@code @Transactional}, {@code @Cacheable}, ...) that apply to calls of {@code m}
     * through its bean: its own annotations and, for a public method, its declaring type's (class-level
     * {@code @Transactional}) when {@code withType}.
     */
    public List<dev.opsdiff.catalog.ProxyApi> proxiesOn(MethodModel m, boolean withType) {
        return annotations.proxiesOn(m, withType);
    }

    private List<String> methodsIn(List<String> closure, CallSite site) {
        if (site.calleeSignature() != null) {
            // The precise front end knows the overload the compiler chose: the most specific declaration of it.
            for (String t : closure) {
                Optional<MethodModel> chosen = program.type(t).flatMap(type -> type.methods().stream()
                        .filter(m -> m.signature().equals(site.calleeSignature())).findFirst());
                if (chosen.isPresent()) {
                    return List.of(chosen.get().id());
                }
            }
            // No declared method has that signature (written differently than the model writes it): by arity.
        }
        List<String> out = new ArrayList<>();
        for (String t : closure) {
            Optional<TypeModel> type = program.type(t);
            if (type.isEmpty()) {
                continue;
            }
            for (MethodModel m : type.get().methods()) {
                if (m.name().equals(site.name()) && arityMatches(m, site)) {
                    out.add(m.id());
                }
            }
            if (!out.isEmpty()) {
                return out; // the most specific declaration hides overridden ones
            }
        }
        return out;
    }

    private static boolean arityMatches(MethodModel m, CallSite site) {
        if (site.isMethodReference()) {
            return true;
        }
        int n = m.parameters().size();
        boolean varargs = n > 0 && m.parameters().get(n - 1).typeName() != null
                && m.parameters().get(n - 1).typeName().endsWith("[]") && site.argCount() >= n - 1;
        return n == site.argCount() || varargs;
    }

    /**
     * An abstract or interface method also runs the project's implementations of it. When the receiver is a
     * parameter and several implementations exist, the caller picks one (a registry's {@code listener.notify(e)}
     * runs the lambda its subscriber passed, not every listener of the code base): none is followed.
     */
    private List<String> withImplementations(List<String> found, CallSite site, boolean callerChosen) {
        List<String> all = withImplementations(found, site);
        long implementations = all.stream().filter(id -> !found.contains(id)).count();
        return callerChosen && implementations > 1 ? found : all;
    }

    private List<String> withImplementations(List<String> found, CallSite site) {
        Set<String> out = new LinkedHashSet<>(found);
        for (String id : found) {
            MethodModel m = program.method(id).orElseThrow();
            if (m.hasBody()) {
                continue;
            }
            for (String sub : types.subtypes(m.declaringType())) {
                program.type(sub).ifPresent(t -> out.addAll(chosen(t.methods().stream()
                        .filter(x -> x.name().equals(m.name()) && x.parameters().size() == m.parameters().size())
                        .toList(), site.calleeSignature() == null ? null : m.signature())));
            }
        }
        return List.copyOf(out);
    }

    private List<String> constructors(String type, CallSite site) {
        return program.type(type).map(t -> chosen(t.methods().stream()
                .filter(m -> m.isConstructor() && m.parameters().size() == site.argCount()).toList(),
                site.calleeSignature())).orElse(List.of());
    }

    /**
     * Of same-arity candidates, the one with the signature the precise front end chose (an overrider has its
     * method's signature); all of them when there is no such signature or none has it (a generic parameter
     * written {@code T} in the declaration and {@code Order} in the implementation).
     */
    private static List<String> chosen(List<MethodModel> candidates, String signature) {
        List<MethodModel> exact = signature == null ? List.of()
                : candidates.stream().filter(m -> m.signature().equals(signature)).toList();
        return (exact.isEmpty() ? candidates : exact).stream().map(MethodModel::id).toList();
    }

    private String returnType(List<String> methodIds) {
        for (String id : methodIds) {
            MethodModel m = program.method(id).orElseThrow();
            if (m.returnType() != null && !m.returnType().equals("void")) {
                return types.resolve(m.returnType(), program.type(m.declaringType()).orElseThrow());
            }
        }
        return null;
    }
}
