package dev.opsdiff.summary;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes each method's effects per invocation, transitively through calls into the analyzed sources, with the
 * loop multiplicity, conditionality and call path of the worst occurrence. Summaries are memoized; a call back into
 * a method still being summarized (recursion, call cycles) contributes nothing more, so cycles terminate.
 */
public final class Summarizer {
    /** Degrees above this add nothing a reviewer can act on; the cap also bounds work on deep recursion. */
    public static final int MAX_DEGREE = 3;

    private final ResolvedProgram program;
    private final Map<String, MethodSummary> done = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    public Summarizer(ResolvedProgram program) {
        this.program = program;
    }

    public ResolvedProgram program() {
        return program;
    }

    public synchronized MethodSummary summary(MethodModel method) {
        MethodSummary cached = done.get(method.id());
        if (cached != null) {
            return cached;
        }
        inProgress.add(method.id());
        try {
            MethodSummary s = compute(method);
            done.put(method.id(), s);
            return s;
        } finally {
            inProgress.remove(method.id());
        }
    }

    /** Routes kept per key: enough for the calls of one method that reach the same store, bounded for huge ones. */
    private static final int MAX_ROUTES = 8;

    private MethodSummary compute(MethodModel method) {
        List<ResolvedCall> calls = program.calls(method);
        TreeMap<EffectKey, Occurrence> effects = new TreeMap<>();
        Map<EffectKey, List<Occurrence>> routes = new HashMap<>();
        Map<EffectKey, Set<String>> batch = new HashMap<>();
        for (ResolvedCall call : calls) {
            CallSite site = call.site();
            List<Loop> loops = loopsAround(method, site);
            List<Factor> factors = factors(loops);
            int degree = (int) factors.stream().filter(Factor::dataDependent).count();
            boolean onMiss = onCacheMiss(method, calls, site);
            Hop hop = new Hop(method.id(), method.displayName(), site, loops);
            if (call.effect() != null) {
                Effect e = call.effect();
                EffectKey key = new EffectKey(e.kind(), e.resource());
                boolean inMemory = !e.remote() && e.kind().category() == EffectKind.Category.CACHE
                        && !missPathDoesIo(method, calls, call);
                merge(effects, routes, new Occurrence(key, e, Math.min(degree, MAX_DEGREE), List.of(hop), factors,
                        site.conditional(), onMiss, inMemory, Set.of()));
                if (e.batch()) {
                    batch.computeIfAbsent(key, k -> new TreeSet<>()).add(e.api());
                }
            }
            for (String target : call.targets()) {
                if (inProgress.contains(target)) {
                    continue;
                }
                MethodModel callee = program.program().method(target).orElse(null);
                if (callee == null) {
                    continue;
                }
                boolean fillsThroughCallee = !onMiss && fillsFieldThroughCallee(method, site, callee);
                for (Occurrence o : summary(callee).all().values()) {
                    List<Hop> path = new ArrayList<>(o.path().size() + 1);
                    path.add(hop);
                    path.addAll(o.path());
                    List<Factor> all = new ArrayList<>(factors);
                    all.addAll(o.factors());
                    merge(effects, routes, new Occurrence(o.key(), o.effect(), Math.min(degree + o.degree(), MAX_DEGREE),
                            List.copyOf(path), List.copyOf(all), site.conditional() || o.conditional(),
                            onMiss || fillsThroughCallee || o.onCacheMiss() || call.targetsOnMiss(), o.inMemoryOnly(),
                            Set.of()));
                    if (!o.batchApis().isEmpty()) {
                        batch.computeIfAbsent(o.key(), k -> new TreeSet<>()).addAll(o.batchApis());
                    }
                }
            }
        }
        batch.forEach((key, apis) -> effects.computeIfPresent(key, (k, o) -> new Occurrence(o.key(), o.effect(),
                o.degree(), o.path(), o.factors(), o.conditional(), o.onCacheMiss(), o.inMemoryOnly(),
                Set.copyOf(apis))));
        Map<EffectKey, List<Occurrence>> frozen = new TreeMap<>();
        routes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new MethodSummary(method.id(), effects, frozen);
    }

    /**
     * Keeps the worst occurrence; on a tie the first in source order, preferring one that always runs. Also keeps the
     * first occurrence through each call of the method, up to {@link #MAX_ROUTES} per key.
     */
    private static void merge(Map<EffectKey, Occurrence> effects, Map<EffectKey, List<Occurrence>> routes,
                              Occurrence o) {
        List<Occurrence> known = routes.computeIfAbsent(o.key(), k -> new ArrayList<>(2));
        if (known.size() < MAX_ROUTES && known.stream().noneMatch(r -> r.first().site() == o.first().site())) {
            known.add(o);
        }
        Occurrence existing = effects.get(o.key());
        if (existing == null || o.degree() > existing.degree()
                || (o.degree() == existing.degree() && existing.onCacheMiss() && !o.onCacheMiss())) {
            effects.put(o.key(), o);
        }
    }

    /** The loops as factors of a path, outermost first. */
    private static List<Factor> factors(List<Loop> loops) {
        return loops.stream().map(l -> new Factor(l.iterates(), l.constantBound(), l.location())).toList();
    }

    /** How many data-dependent loops of the method run around the call: its degree within the method. */
    public static int dataDependentLoops(MethodModel method, CallSite site) {
        return (int) factors(loopsAround(method, site)).stream().filter(Factor::dataDependent).count();
    }

    /** Loops of the method around the call, outermost first. */
    public static List<Loop> loopsAround(MethodModel method, CallSite site) {
        List<Loop> out = new ArrayList<>();
        for (Loop l = method.loop(site.loop()); l != null; l = method.loop(l.parent())) {
            out.add(0, l);
        }
        return List.copyOf(out);
    }

    /**
     * Whether a call only runs when some cache read of the same method missed: a catalog cache, a hand-written memo
     * (a field map or holder read first), or a field filled lazily ({@code if (config == null) config = load();}).
     */
    private boolean onCacheMiss(MethodModel method, List<ResolvedCall> calls, CallSite site) {
        return lookupMissed(method, calls, site).isPresent();
    }

    /**
     * The lookup whose miss {@code site} runs on, said for a message ("`taskDefCache.get(..)` missed", "the field
     * `settings` was still empty"), when it runs only on a miss.
     */
    public Optional<String> lookupMissed(MethodModel method, CallSite site) {
        return lookupMissed(method, program.calls(method), site);
    }

    /** Whether the method consults a cache or memo before {@code site} (whatever the shape of the test on it). */
    public boolean consultsLookupBefore(MethodModel method, CallSite site) {
        for (ResolvedCall c : program.calls(method)) {
            if (c.site().index() >= site.index()) {
                break;
            }
            if (isLookup(method, c)) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> lookupMissed(MethodModel method, List<ResolvedCall> calls, CallSite site) {
        for (ResolvedCall c : calls) {
            if (c.site() != site && isLookup(method, c)
                    && onMissOf(method, calls, site, c.site())) {
                return Optional.of("`" + c.site().shortText() + "` missed");
            }
        }
        return fillsFieldWhenEmpty(method, site)
                ? Optional.of("the field `" + site.assignedTo() + "` was still empty") : Optional.empty();
    }

    /** The call's result is stored in a field of the type, under a condition that tests that field. */
    private boolean fillsFieldWhenEmpty(MethodModel method, CallSite site) {
        String field = site.assignedTo();
        if (field == null || program.program().type(method.declaringType())
                .flatMap(t -> t.field(field)).isEmpty()) {
            return false;
        }
        return testsName(method, site, field);
    }

    /** The site runs under a condition or guard that tests {@code name}. */
    private static boolean testsName(MethodModel method, CallSite site, String name) {
        return site.conditionNames().contains(name) || site.guards().stream()
                .anyMatch(g -> method.guards().get(g.guard()).names().contains(name));
    }

    /**
     * A lazy fill moved into a helper: {@code if (config == null) { loadConfig(); }} where {@code loadConfig} of the
     * same type assigns {@code config}. What the helper does runs only while the field is empty, as it did inline.
     */
    private boolean fillsFieldThroughCallee(MethodModel method, CallSite site, MethodModel callee) {
        if (!callee.declaringType().equals(method.declaringType())) {
            return false;
        }
        var type = program.program().type(method.declaringType()).orElse(null);
        if (type == null) {
            return false;
        }
        for (ResolvedCall c : program.calls(callee)) {
            String field = c.site().assignedTo();
            if (field != null && type.field(field).isPresent() && testsName(method, site, field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code site} is on the miss path of {@code cacheRead}: it sits in the loader callback of the read (or of a call
     * chained on its result, like {@code orElseGet}), in a branch testing the variable the read was stored in, or
     * after an early return on a hit ({@code if (cached != null) return cached;}).
     */
    private boolean onMissOf(MethodModel method, List<ResolvedCall> calls, CallSite site, CallSite cacheRead) {
        String variable = cacheRead.assignedTo();
        if (variable != null && testsName(method, site, variable)) {
            return true;
        }
        return callbackOfChain(calls, site, cacheRead.index())
                || EmptyContinuations.behind(program.catalog(), calls, site, cacheRead.index());
    }

    /** A catalog cache read or a hand-written memo read: what a load on a miss path sits behind. */
    private boolean isLookup(MethodModel method, ResolvedCall c) {
        return isCacheRead(c) || program.isMemoRead(method, c.site());
    }

    private static boolean isCacheRead(ResolvedCall c) {
        return c.effect() != null && c.effect().kind() == EffectKind.CACHE_READ;
    }

    /**
     * For an in-process cache: whether anything on its miss path reaches the network or a database — a loader at
     * the call ({@code cache.get(k, loader)}, a branch on a miss) or the loader the cache field was built with
     * ({@code this.cache = Caffeine.newBuilder().build(repo::load)}).
     */
    private boolean missPathDoesIo(MethodModel method, List<ResolvedCall> calls, ResolvedCall cacheRead) {
        if (missPathDoesIoHere(method, calls, cacheRead.site())) {
            return true;
        }
        // A loading read whose loader we cannot see (an injected LoadingCache) is assumed to load from somewhere
        // expensive: that is what loading caches are for.
        return loaderOfFieldDoesIo(method, cacheRead.site()).orElse(cacheRead.effect().loading());
    }

    /** Whether the loader the cache field was built with does I/O; empty when no such loader is in view. */
    private Optional<Boolean> loaderOfFieldDoesIo(MethodModel method, CallSite cacheRead) {
        if (cacheRead.receiver().kind() != Receiver.Kind.VARIABLE) {
            return Optional.empty();
        }
        String field = cacheRead.receiver().text().replaceFirst("^this\\.", "");
        var owner = program.program().type(method.declaringType());
        if (owner.isEmpty() || owner.get().field(field).isEmpty()) {
            return Optional.empty();
        }
        boolean found = false;
        for (MethodModel m : owner.get().methods()) {
            if (m == method || inProgress.contains(m.id())) {
                continue;
            }
            List<ResolvedCall> mc = program.calls(m);
            for (ResolvedCall built : mc) {
                if (!field.equals(built.site().assignedTo()) || built.site().callbackOf() >= 0) {
                    continue;
                }
                for (ResolvedCall c : mc) {
                    if (callbackOfChain(mc, c.site(), built.site().index())) {
                        found = true;
                        if (doesIo(c)) {
                            return Optional.of(true);
                        }
                    }
                }
            }
        }
        return found ? Optional.of(false) : Optional.empty();
    }

    /**
     * Whether {@code site} runs inside a callback given to {@code target}, or to a call chained on its result
     * ({@code cache.get(k).orElseGet(() -> ...)}).
     */
    private static boolean callbackOfChain(List<ResolvedCall> calls, CallSite site, int target) {
        for (int x = site.callbackOf(); x >= 0; x = calls.get(x).site().callbackOf()) {
            for (int r = x; r >= 0; ) {
                if (r == target) {
                    return true;
                }
                Receiver recv = calls.get(r).site().receiver();
                r = recv.kind() == Receiver.Kind.CALL_RESULT ? recv.chainedCall() : -1;
            }
        }
        return false;
    }

    /** Whether the call reaches the network, a database or a remote cache, itself or through project methods. */
    public synchronized boolean doesIo(ResolvedCall c) {
        if (c.effect() != null && c.effect().remote()) {
            return true;
        }
        for (String target : c.targets()) {
            MethodModel callee = program.program().method(target).orElse(null);
            if (callee != null && !inProgress.contains(target) && summary(callee).all().values().stream()
                    .anyMatch(o -> o.effect().remote() && !o.inMemoryOnly())) {
                return true;
            }
        }
        return false;
    }

    private boolean missPathDoesIoHere(MethodModel method, List<ResolvedCall> calls, CallSite cacheRead) {
        for (ResolvedCall c : calls) {
            if (c.site() != cacheRead && onMissOf(method, calls, c.site(), cacheRead) && doesIo(c)) {
                return true;
            }
        }
        return false;
    }
}
