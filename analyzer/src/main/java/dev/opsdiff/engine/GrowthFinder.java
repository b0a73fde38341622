package dev.opsdiff.engine;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.match.Matching;
import dev.opsdiff.rule.PairContext.Side;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.rule.Growth;
import dev.opsdiff.rule.MemoReplacement;
import dev.opsdiff.summary.EffectKey;
import dev.opsdiff.summary.Factor;
import dev.opsdiff.summary.MethodSummary;
import dev.opsdiff.summary.Occurrence;
import dev.opsdiff.summary.Summarizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds effects whose degree per invocation grew in a method pair, and decides who owns the growth: if it comes
 * entirely through a call into a matched method whose own degree grew, that callee owns it and the caller stays
 * silent; new methods own nothing, so growth through fresh helpers lands on the nearest matched caller.
 */
final class GrowthFinder implements dev.opsdiff.rule.PairContext.Analysis {
    private final Summarizer before;
    private final Summarizer after;
    private final Matching matching;
    private final Side beforeSide;
    private final Side afterSide;
    private final MemoReplacements memoReplacements;
    private final Map<PairQuery, List<MemoReplacement>> replaced = new HashMap<>();

    GrowthFinder(Summarizer before, Summarizer after, Matching matching, Catalog catalog) {
        this.before = before;
        this.after = after;
        this.matching = matching;
        this.beforeSide = new Side(before.program(), before, catalog);
        this.afterSide = new Side(after.program(), after, catalog);
        this.memoReplacements = new MemoReplacements(before, after, matching);
    }

    @Override
    public Side beforeSide() {
        return beforeSide;
    }

    @Override
    public Side afterSide() {
        return afterSide;
    }

    @Override
    public Matching matching() {
        return matching;
    }

    @Override
    public MethodSummary before(MethodPair pair) {
        return before.summary(pair.before());
    }

    @Override
    public MethodSummary after(MethodPair pair) {
        return after.summary(pair.after());
    }

    @Override
    public List<Growth> grownEffects(MethodPair pair, Predicate<Occurrence> relevant) {
        List<Growth> out = new ArrayList<>();
        MethodSummary b = before(pair);
        MethodSummary afterSummary = after(pair);
        for (Occurrence a : afterSummary.all().values()) {
            if (!relevant.test(a)) {
                continue;
            }
            Occurrence prior = counterpart(b, afterSummary, a).orElse(null);
            int priorDegree = prior == null ? 0 : prior.degree();
            if (a.degree() <= priorDegree || calleeOwns(a)
                    || a.degree() - SingleRowLookups.loopsOverFormerSingleRow(pair.before(), pair.after(), a)
                    <= priorDegree) {
                continue;
            }
            out.add(new Growth(a.key(), prior, a));
        }
        for (var entry : afterSummary.routes().entrySet()) {
            if (out.stream().noneMatch(g -> g.key().equals(entry.getKey()))) {
                batchReplacedByLoop(b, afterSummary, entry.getValue(), relevant).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The worst degree did not grow, but a batch call of the key is gone and a per-item call of the same resource
     * now runs in a loop BEFORE did not run it in (the method already made per-item calls elsewhere, which hid it):
     * growth of that route, with the batch call it replaces as the counterpart.
     */
    private Optional<Growth> batchReplacedByLoop(MethodSummary b, MethodSummary a2, List<Occurrence> afterRoutes,
                                                 Predicate<Occurrence> relevant) {
        EffectKey key = afterRoutes.get(0).key();
        Occurrence beforeWorst = b.get(key).orElse(null);
        Occurrence afterWorst = a2.get(key).orElse(null);
        if (beforeWorst == null || afterWorst == null) {
            return Optional.empty();
        }
        Set<String> gone = new TreeSet<>(beforeWorst.batchApis());
        gone.removeAll(afterWorst.batchApis());
        Optional<Occurrence> batch = b.routes(key).stream()
                .filter(o -> o.effect().batch() && gone.contains(o.effect().api())).findFirst();
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        Set<String> loopsBefore = new HashSet<>();
        b.routes(key).stream().filter(o -> o.degree() > 0).forEach(o -> loopsBefore.add(outerLoop(o)));
        for (Occurrence a : afterRoutes) {
            if (relevant.test(a) && a.degree() > 0 && !a.effect().batch() && !calleeOwns(a)
                    && !loopsBefore.contains(outerLoop(a))) {
                Occurrence p = batch.get();
                return Optional.of(new Growth(key, new Occurrence(key, p.effect(), p.degree(), p.path(), p.factors(),
                        p.conditional(), p.onCacheMiss(), p.inMemoryOnly(), Set.copyOf(gone)), a));
            }
        }
        return Optional.empty();
    }

    /** What the outermost data-dependent loop on the route iterates, as written. */
    private static String outerLoop(Occurrence o) {
        return o.factors().stream().filter(Factor::dataDependent).map(Factor::iterates).findFirst().orElse("");
    }

    @Override
    public List<Growth> bypassedEffects(MethodPair pair, Predicate<Occurrence> relevant) {
        List<Growth> out = new ArrayList<>();
        MethodSummary b = before(pair);
        MethodSummary afterSummary = after(pair);
        for (Occurrence a : afterSummary.all().values()) {
            if (!relevant.test(a) || a.onCacheMiss()) {
                continue;
            }
            Occurrence prior = counterpart(b, afterSummary, a).orElse(null);
            if (prior == null || !prior.onCacheMiss() || a.degree() != prior.degree() || calleeBypasses(a)
                    || stillConsultsLookup(a)) {
                continue;
            }
            out.add(new Growth(a.key(), prior, a));
        }
        for (var entry : afterSummary.routes().entrySet()) {
            if (out.stream().noneMatch(g -> g.key().equals(entry.getKey()))) {
                routeBypass(b, entry.getValue(), relevant).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Kept per pair and predicate: cache-cardinality reports them and query-fanout defers to them, both with the same
     * predicate, so the second asks the answer of the first.
     */
    @Override
    public synchronized List<MemoReplacement> replacedMemos(MethodPair pair, Predicate<Occurrence> relevant) {
        return replaced.computeIfAbsent(new PairQuery(pair, relevant), q -> {
            Set<EffectKey> reported = new HashSet<>();
            bypassedEffects(pair, relevant).forEach(g -> reported.add(g.key()));
            return memoReplacements.find(pair, relevant, reported);
        });
    }

    /** A pair and the predicate a rule asked about it with (compared by identity: rules share one constant). */
    private record PairQuery(MethodPair pair, Predicate<Occurrence> relevant) {
    }

    /**
     * A key reached on several routes: the worst-occurrence view cannot see that the route which ran only on a miss
     * (the body of a {@code @Cacheable} method, a load behind a memo) now runs on every call while another route to
     * the same store was never cached. Each AFTER route is compared with the BEFORE routes through the same matched
     * callee (or, for a direct call, the same call as written): bypassed when all of those ran only on a miss.
     */
    private Optional<Growth> routeBypass(MethodSummary b, List<Occurrence> afterRoutes, Predicate<Occurrence> relevant) {
        if (afterRoutes.size() < 2 && b.routes(afterRoutes.get(0).key()).size() < 2) {
            return Optional.empty();
        }
        for (Occurrence a : afterRoutes) {
            if (!relevant.test(a) || a.onCacheMiss() || calleeBypasses(a) || stillConsultsLookup(a)) {
                continue;
            }
            List<Occurrence> same = b.routes(a.key()).stream().filter(p -> sameRoute(p, a)).toList();
            if (!same.isEmpty() && same.stream().allMatch(Occurrence::onCacheMiss)
                    && same.stream().anyMatch(p -> p.degree() == a.degree())) {
                return Optional.of(new Growth(a.key(),
                        same.stream().filter(p -> p.degree() == a.degree()).findFirst().orElseThrow(), a));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a BEFORE route goes the way an AFTER route goes: through the BEFORE counterpart of the AFTER route's
     * first callee anywhere on its path (a cached wrapper around it inlined away), or, for a direct call, ending in
     * the same call as written.
     */
    private boolean sameRoute(Occurrence before, Occurrence after) {
        if (after.path().size() == 1) {
            return sameCall(before.last().site(), after.last().site());
        }
        Optional<MethodPair> callee = matching.ofAfter(after.path().get(1).methodId());
        if (callee.isEmpty()) {
            return false;
        }
        String id = callee.get().before().id();
        return before.path().stream().skip(1).anyMatch(h -> h.methodId().equals(id));
    }

    /**
     * A cache or memo is still read ahead of the load on its AFTER path: the lookup is there, in a shape we do not
     * read as a miss test (a polling loop, a helper returning a flag). Not a bypass we can vouch for.
     */
    private boolean stillConsultsLookup(Occurrence a) {
        for (var hop : a.path()) {
            MethodModel m = after.program().program().method(hop.methodId()).orElse(null);
            if (m != null && after.consultsLookupBefore(m, hop.site())) {
                return true;
            }
        }
        return false;
    }

    /** The bypass happens inside a matched callee that reached the effect only on a miss before: report it there. */
    private boolean calleeBypasses(Occurrence a) {
        if (a.path().size() < 2) {
            return false;
        }
        Optional<MethodPair> callee = matching.ofAfter(a.path().get(1).methodId());
        if (callee.isEmpty()) {
            return false;
        }
        MethodSummary calleeAfter = after.summary(callee.get().after());
        Optional<Occurrence> now = calleeAfter.get(a.key());
        Optional<Occurrence> then = counterpart(before.summary(callee.get().before()), calleeAfter, a);
        return now.isPresent() && !now.get().onCacheMiss() && then.isPresent() && then.get().onCacheMiss();
    }

    /** The growth runs through a matched callee whose own degree grew: report it there, not here. */
    private boolean calleeOwns(Occurrence a) {
        if (a.path().size() < 2) {
            return false;
        }
        String calleeId = a.path().get(1).methodId();
        Optional<MethodPair> callee = matching.ofAfter(calleeId);
        if (callee.isEmpty()) {
            return false;
        }
        MethodModel calleeAfter = callee.get().after();
        int calleeDegree = after.summary(calleeAfter).get(a.key()).map(Occurrence::degree).orElse(0);
        int calleePrior = counterpart(before.summary(callee.get().before()), after.summary(calleeAfter), a)
                .map(Occurrence::degree).orElse(0);
        return calleeDegree > calleePrior;
    }

    /**
     * The BEFORE occurrence of the same effect: the same key, else the same key under the type's old name, else the
     * same kind through the same API method on a resource AFTER no longer uses (a client field retyped).
     */
    private Optional<Occurrence> counterpart(MethodSummary b, MethodSummary a2, Occurrence a) {
        EffectKey key = a.key();
        Optional<Occurrence> exact = b.get(key);
        if (exact.isPresent()) {
            return exact;
        }
        for (Map.Entry<String, String> rename : matching.typeRenames().entrySet()) {
            if (rename.getValue().equals(key.resource())) {
                Optional<Occurrence> renamed = b.get(new EffectKey(key.kind(), rename.getKey()));
                if (renamed.isPresent()) {
                    return renamed;
                }
            }
        }
        String method = apiMethod(a.effect().api());
        Optional<Occurrence> sameApi = b.all().values().stream()
                .filter(o -> o.key().kind() == key.kind() && apiMethod(o.effect().api()).equals(method))
                .filter(o -> a2.get(o.key()).isEmpty())
                .max(java.util.Comparator.comparingInt(Occurrence::degree));
        return sameApi.or(() -> replacedBehindSameCall(b, a2, a));
    }

    /**
     * The method's same call now ends in another effect of the same kind that BEFORE it did not (a registry lookup
     * per host through the same client call, reimplemented over another statement): the replaced effect is the
     * counterpart, so only a higher degree than it had is growth.
     */
    private static Optional<Occurrence> replacedBehindSameCall(MethodSummary b, MethodSummary a2, Occurrence a) {
        if (a.path().size() < 2) {
            return Optional.empty();
        }
        dev.opsdiff.model.CallSite first = a.first().site();
        return b.all().values().stream()
                .filter(o -> o.key().kind() == a.key().kind() && o.path().size() >= 2)
                .filter(o -> a2.get(o.key()).isEmpty())
                .filter(o -> sameCall(o.first().site(), first))
                .max(java.util.Comparator.comparingInt(Occurrence::degree));
    }

    /** The same call as written: name, arity and receiver text. */
    static boolean sameCall(dev.opsdiff.model.CallSite x, dev.opsdiff.model.CallSite y) {
        return x.name().equals(y.name()) && x.argCount() == y.argCount()
                && x.receiver().text().equals(y.receiver().text());
    }

    private static String apiMethod(String api) {
        return api.substring(api.lastIndexOf('.') + 1);
    }
}
