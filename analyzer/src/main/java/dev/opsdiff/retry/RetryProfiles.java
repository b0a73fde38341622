package dev.opsdiff.retry;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.summary.Factor;
import dev.opsdiff.summary.Hop;
import dev.opsdiff.values.ValueFolder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per method, the work it reaches and the retry layers around that work, through helpers and proxies: a retry
 * construct acts like a loop with an attempt budget, and nested retries multiply (3 × 3 = 9). Memoized; a call back
 * into a method still being profiled adds nothing, so recursion terminates (as in {@code Summarizer}).
 *
 * <p>Why a sibling of {@code Summarizer} rather than a new kind of {@code Factor}: the summaries keep the worst
 * <em>degree</em> per effect and only see catalog effects, while attempts need the worst <em>product</em> per piece of
 * work, including library clients and ports the effect catalog does not know; keeping them apart also guarantees that
 * attempt budgets never change a cardinality finding.
 */
public final class RetryProfiles {
    private final ResolvedProgram program;
    private final RetryFinder finder;
    private final Leaves leaves;
    private final Map<String, Map<String, Exposure>> done = new HashMap<>();
    private final Map<String, List<RetryLayer>> bodyLayers = new HashMap<>();
    private final Map<String, List<RetryLayer>> annotationLayers = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    /** Methods whose body reaches a retry layer (in itself or a callee), and methods a full search showed do not. */
    private final Set<String> reachesLayer = new HashSet<>();
    private final Set<String> reachesNoLayer = new HashSet<>();

    private RetryProfiles(ResolvedProgram program) {
        this.program = program;
        this.finder = new RetryFinder(program, new ValueFolder(program.program(), program.types(), program.catalog()));
        this.leaves = new Leaves(program);
    }

    public static RetryProfiles of(ResolvedProgram program) {
        return program.analysis(RetryProfiles.class, RetryProfiles::new);
    }

    public ResolvedProgram program() {
        return program;
    }

    /** Retry constructs written in the method's body (calls and loops). */
    public synchronized List<RetryLayer> bodyLayers(MethodModel m) {
        return bodyLayers.computeIfAbsent(m.id(), k -> finder.bodyLayers(m));
    }

    /** Retry annotations on the method (applied when it is called through its proxy). */
    public synchronized List<RetryLayer> annotationLayers(MethodModel m) {
        return annotationLayers.computeIfAbsent(m.id(), k -> finder.annotationLayers(m));
    }

    /** What one invocation of the method through its proxy exposes: its own retry annotations wrap its body. */
    public synchronized Map<String, Exposure> entry(MethodModel m) {
        List<RetryLayer> own = annotationLayers(m);
        Map<String, Exposure> body = body(m);
        if (own.isEmpty()) {
            return body;
        }
        Map<String, Exposure> out = new TreeMap<>();
        body.forEach((k, e) -> {
            List<RetryLayer> layers = new ArrayList<>(own);
            layers.addAll(e.layers());
            Loop loop = e.loop();
            out.put(k, new Exposure(e.key(), e.leaf(), e.nonIdempotent(), layers, e.path(), loop, e.loopMethod()));
        });
        return out;
    }

    /**
     * Whether any exposure of {@link #entry} can be retried: a retry layer on the method, in its body, in the body
     * of a method it reaches through calls, or on a method it calls through its proxy. "No" is exact (every layer an
     * exposure carries comes from one of these), and costs a search of the call graph instead of building every
     * exposure with its path; a search that finds no layer marks every method it visited, so each is searched once.
     */
    public synchronized boolean mayRetry(MethodModel m) {
        return !annotationLayers(m).isEmpty() || reachesLayer(m);
    }

    private boolean reachesLayer(MethodModel start) {
        if (reachesLayer.contains(start.id())) {
            return true;
        }
        if (reachesNoLayer.contains(start.id())) {
            return false;
        }
        Set<String> visited = new HashSet<>();
        Deque<MethodModel> work = new ArrayDeque<>();
        visited.add(start.id());
        work.push(start);
        while (!work.isEmpty()) {
            MethodModel n = work.pop();
            if (!bodyLayers(n).isEmpty()) {
                reachesLayer.add(start.id());
                return true;
            }
            for (ResolvedCall rc : program.calls(n)) {
                Receiver.Kind r = rc.site().receiver().kind();
                boolean proxied = r != Receiver.Kind.THIS && r != Receiver.Kind.SUPER;
                for (String target : rc.targets()) {
                    MethodModel callee = program.program().method(target).orElse(null);
                    if (callee == null) {
                        continue;
                    }
                    // The callee's own annotations count only through its proxy; its body counts either way.
                    if (reachesLayer.contains(target) || proxied && !annotationLayers(callee).isEmpty()) {
                        reachesLayer.add(start.id());
                        return true;
                    }
                    if (!reachesNoLayer.contains(target) && visited.add(target)) {
                        work.push(callee);
                    }
                }
            }
        }
        reachesNoLayer.addAll(visited);
        return false;
    }

    /** The work the method's body reaches, with the retries in the body and in callees (not its own annotations). */
    public synchronized Map<String, Exposure> body(MethodModel m) {
        Map<String, Exposure> cached = done.get(m.id());
        if (cached != null) {
            return cached;
        }
        inProgress.add(m.id());
        try {
            Map<String, Exposure> p = ExposureMap.of(compute(m));
            done.put(m.id(), p);
            return p;
        } finally {
            inProgress.remove(m.id());
        }
    }

    private TreeMap<String, Exposure> compute(MethodModel m) {
        List<ResolvedCall> calls = program.calls(m);
        List<RetryLayer> layers = bodyLayers(m);
        TreeMap<String, Exposure> out = new TreeMap<>();
        for (ResolvedCall rc : calls) {
            CallSite site = rc.site();
            List<RetryLayer> around = covering(m, calls, layers, site);
            Hop hop = new Hop(m.id(), m.displayName(), site, List.of());
            Optional<Leaves.Work> work = leaves.of(m, calls, rc);
            if (work.isPresent()) {
                Leaves.Work w = work.get();
                merge(out, new Exposure(w.key(), w.text(), w.nonIdempotent(), around, HopPath.of(hop),
                        loopAround(m, calls, site, around, false), m.displayName()));
                continue;
            }
            boolean proxied = site.receiver().kind() != Receiver.Kind.THIS && site.receiver().kind() != Receiver.Kind.SUPER;
            for (String target : rc.targets()) {
                MethodModel callee = program.program().method(target).orElse(null);
                if (callee == null || inProgress.contains(target)) {
                    continue;
                }
                List<RetryLayer> proxy = proxied ? annotationLayers(callee) : List.of();
                for (Exposure e : body(callee).values()) {
                    boolean calleeRetries = !proxy.isEmpty() || !e.layers().isEmpty();
                    Loop loop = loopAround(m, calls, site, around, calleeRetries);
                    if (!wins(out.get(e.key()), around, proxy, e, loop)) {
                        continue; // most candidates lose to the exposure kept for their work: not built
                    }
                    List<RetryLayer> all = e.layers(); // immutable: the exposure keeps it as it is
                    if (!around.isEmpty() || !proxy.isEmpty()) {
                        all = new ArrayList<>(around.size() + proxy.size() + e.layers().size());
                        all.addAll(around);
                        all.addAll(proxy);
                        all.addAll(e.layers());
                    }
                    out.put(e.key(), new Exposure(e.key(), e.leaf(), e.nonIdempotent(), all, HopPath.of(hop, e.path()),
                            loop != null ? loop : e.loop(), loop != null ? m.displayName() : e.loopMethod()));
                }
            }
        }
        return out;
    }

    /**
     * Whether the exposure {@link #compute} would build through a callee is worse than {@code existing}: the order of
     * {@link #merge}, decided before it is built.
     */
    private static boolean wins(Exposure existing, List<RetryLayer> around, List<RetryLayer> proxy, Exposure e,
                                Loop loop) {
        if (existing == null) {
            return true;
        }
        int layers = around.size() + proxy.size() + e.layers().size();
        boolean looped = (loop != null || e.loop() != null) && layers > 0;
        return Exposure.compare(Exposure.attempts(around, proxy, e.layers()), looped, layers, existing) > 0;
    }

    private static void merge(Map<String, Exposure> out, Exposure e) {
        Exposure existing = out.get(e.key());
        if (existing == null || Exposure.compare(e, existing) > 0) {
            out.put(e.key(), e);
        }
    }

    /** The method's retry layers that run this call, outermost first (an outer construct starts earlier, ends later). */
    private static List<RetryLayer> covering(MethodModel m, List<ResolvedCall> calls, List<RetryLayer> layers,
                                             CallSite site) {
        if (layers.isEmpty()) {
            return List.of(); // most methods retry nothing themselves
        }
        List<RetryLayer> out = new ArrayList<>();
        for (RetryLayer l : layers) {
            if (covers(m, calls, l, site)) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparingInt((RetryLayer l) -> l.location().line())
                .thenComparingInt(l -> l.location().column())
                .thenComparing(Comparator.comparingInt((RetryLayer l) -> l.location().endLine()).reversed()));
        return out;
    }

    static boolean covers(MethodModel m, List<ResolvedCall> calls, RetryLayer l, CallSite site) {
        return switch (l.kind()) {
            case CALL -> inCallback(calls, site, l.index());
            case UPSTREAM -> upstream(calls, l.index()).contains(site.index())
                    || upstream(calls, l.index()).stream().anyMatch(u -> inCallback(calls, site, u));
            case LOOP -> m.runsIn(site, l.index());
            case ANNOTATION -> false;
        };
    }

    private static boolean inCallback(List<ResolvedCall> calls, CallSite site, int construct) {
        for (int x = site.callbackOf(); x >= 0; x = calls.get(x).site().callbackOf()) {
            if (x == construct) {
                return true;
            }
        }
        return false;
    }

    /** The calls whose result a reactive operator resubscribes to: its receiver chain. */
    private static Set<Integer> upstream(List<ResolvedCall> calls, int construct) {
        Set<Integer> out = new HashSet<>();
        Receiver r = calls.get(construct).site().receiver();
        while (r.kind() == Receiver.Kind.CALL_RESULT && r.chainedCall() >= 0 && out.add(r.chainedCall())) {
            r = calls.get(r.chainedCall()).site().receiver();
        }
        return out;
    }

    /**
     * The outermost data-dependent loop around the call that encloses a retry: one of the method's own layers around
     * the call, or (when the callee retries) the call itself.
     */
    private static Loop loopAround(MethodModel m, List<ResolvedCall> calls, CallSite site, List<RetryLayer> around,
                                   boolean calleeRetries) {
        List<Loop> loops = new ArrayList<>();
        for (Loop l = m.loop(site.loop()); l != null; l = m.loop(l.parent())) {
            if (dataLoop(l)) {
                loops.add(0, l);
            }
        }
        for (Loop l : loops) {
            if (calleeRetries) {
                return l;
            }
            for (RetryLayer layer : around) {
                if (layerInside(m, calls, layer, l)) {
                    return l;
                }
            }
        }
        return null;
    }

    private static boolean layerInside(MethodModel m, List<ResolvedCall> calls, RetryLayer layer, Loop l) {
        if (layer.kind() == RetryLayer.Kind.LOOP) {
            for (Loop x = m.loop(m.loop(layer.index()).parent()); x != null; x = m.loop(x.parent())) {
                if (x.index() == l.index()) {
                    return true;
                }
            }
            return false;
        }
        return layer.index() >= 0 && m.runsIn(calls.get(layer.index()).site(), l.index());
    }

    /** A loop whose trip count grows with the data (retry loops and small constant loops do not). */
    static boolean dataLoop(Loop l) {
        if (RetryFinder.isRetryLoop(l)) {
            return false;
        }
        boolean constant = l.constantBound() != null && l.constantBound() <= Factor.SMALL_CONSTANT_BOUND;
        return !constant;
    }
}
