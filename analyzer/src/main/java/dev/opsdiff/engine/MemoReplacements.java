package dev.opsdiff.engine;

import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.rule.MemoReplacement;
import dev.opsdiff.summary.EffectKey;
import dev.opsdiff.summary.MethodSummary;
import dev.opsdiff.summary.Occurrence;
import dev.opsdiff.summary.Summarizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A memo replaced by the load it stood for. BEFORE the method read an in-memory memo (a field map or holder of the
 * catalog's {@code memos}, itself or through helpers) that its owner fills from I/O elsewhere (a reconciler, a
 * listener, a warm-up: the memo is never loaded on a miss, so the bypass rule has no miss path to compare); AFTER it
 * reads that memo no more and makes a database, remote or remote-cache read BEFORE never made, at the same loop depth.
 * A memo of computed values (its owner does no I/O), one filled by the method that reads it (a last-known value
 * kept for failures), a read on a failure path, or a memo still read AFTER is not reported.
 */
final class MemoReplacements {
    /** How far down helpers a memo read is followed: a getter over the memo, and one more layer. */
    private static final int DEPTH = 3;
    private static final Set<String> WRITES = Set.of("put", "putAll", "putIfAbsent", "set", "lazySet", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll", "getAndSet", "updateAndGet",
            "accumulateAndGet");

    private final Summarizer before;
    private final Summarizer after;
    private final Matching matching;
    /** Memo reads per side and method: asked again for every candidate load and every callee on its path. */
    private final Map<Summarizer, Map<String, Map<String, MemoRead>>> reads = new IdentityHashMap<>();

    MemoReplacements(Summarizer before, Summarizer after, Matching matching) {
        this.before = before;
        this.after = after;
        this.matching = matching;
    }

    /** A memo read, by field: where it is declared to be read from, how deep in loops, and the method's call to it. */
    private record MemoRead(String field, String owner, int degree, CallSite via) {
    }

    List<MemoReplacement> find(MethodPair pair, Predicate<Occurrence> relevant, Set<EffectKey> reported) {
        MethodSummary b = before.summary(pair.before());
        List<MemoReplacement> out = new ArrayList<>();
        Map<String, MemoRead> gone = null;
        for (Occurrence a : after.summary(pair.after()).all().values()) {
            // Keys the memo's replacement grew from a lower degree are also growth: cache-cardinality takes them
            // (query-fanout defers), so the finding names the memo and not only the loop.
            if (!relevant.test(a) || a.onCacheMiss() || reported.contains(a.key())
                    || b.get(a.key()).filter(o -> o.degree() >= a.degree()).isPresent()
                    || sameKindBefore(b, a) || calleeReplaces(a)) {
                continue;
            }
            if (gone == null) {
                gone = new LinkedHashMap<>(memoReads(before, pair.before()));
                memoReads(after, pair.after()).keySet().forEach(gone::remove);
            }
            Optional<MemoRead> replaced = gone.values().stream().filter(m -> m.degree() == a.degree()).findFirst();
            if (replaced.isPresent()) {
                MemoRead m = replaced.get();
                out.add(new MemoReplacement(a, "`" + m.field() + "` of `" + m.owner() + "`", m.via().shortText()));
            }
        }
        return out;
    }

    /**
     * BEFORE already made this kind of read through the same API method as often: a changed store, not a lost memo.
     * (The same read made once per call before and per element now is what the memo was saving per element.)
     */
    private static boolean sameKindBefore(MethodSummary b, Occurrence a) {
        String api = a.effect().api();
        return b.all().values().stream().anyMatch(o -> o.key().kind() == a.key().kind()
                && o.effect().api().equals(api) && o.degree() >= a.degree());
    }

    /** The load comes through a matched callee that itself replaced the memo: it is reported there. */
    private boolean calleeReplaces(Occurrence a) {
        if (a.path().size() < 2) {
            return false;
        }
        Optional<MethodPair> callee = matching.ofAfter(a.path().get(1).methodId());
        return callee.isPresent() && before.summary(callee.get().before()).get(a.key()).isEmpty()
                && !memoReads(before, callee.get().before()).isEmpty();
    }

    /** Memo reads the method reaches, itself or through project callees, keyed by field, filled from I/O only. */
    private synchronized Map<String, MemoRead> memoReads(Summarizer side, MethodModel method) {
        return reads.computeIfAbsent(side, k -> new HashMap<>()).computeIfAbsent(method.id(), k -> {
            Map<String, MemoRead> out = new LinkedHashMap<>();
            Set<String> visited = new HashSet<>();
            visited.add(method.id());
            walk(side, method, 0, 0, null, visited, out);
            return Collections.unmodifiableMap(out);
        });
    }

    private void walk(Summarizer side, MethodModel method, int depth, int degree, CallSite via, Set<String> visited,
                      Map<String, MemoRead> out) {
        for (ResolvedCall c : side.program().calls(method)) {
            int d = degree + Summarizer.dataDependentLoops(method, c.site());
            CallSite first = via == null ? c.site() : via;
            // A last-known value read when the call failed is a fallback, not a cache in front of a load.
            if (side.program().isMemoRead(method, c.site())
                    && !c.site().conditionNames().contains(CallSite.IN_CATCH)) {
                String field = c.site().receiver().text().replaceFirst("^this\\.", "");
                String id = method.declaringType() + "#" + field;
                if (!out.containsKey(id) && filledFromIo(side, method, field)) {
                    String owner = method.declaringType().substring(method.declaringType().lastIndexOf('.') + 1);
                    out.put(id, new MemoRead(field, owner, d, first));
                }
            }
            if (depth + 1 >= DEPTH) {
                continue;
            }
            for (String target : c.targets()) {
                MethodModel callee = side.program().program().method(target).orElse(null);
                if (callee != null && visited.add(target)) {
                    walk(side, callee, depth + 1, d, first, visited, out);
                }
            }
        }
    }

    /**
     * The memo's owner (its type and supertypes) writes the field somewhere and does I/O somewhere: the memo holds
     * loaded data, kept warm out of band. A memo of computed values is not a cache of anything.
     */
    private static boolean filledFromIo(Summarizer side, MethodModel reader, String field) {
        boolean writes = false;
        boolean io = false;
        for (String t : side.program().types().closure(reader.declaringType())) {
            TypeModel type = side.program().program().type(t).orElse(null);
            if (type == null) {
                continue;
            }
            for (MethodModel m : type.methods()) {
                for (ResolvedCall c : side.program().calls(m)) {
                    String receiver = c.site().receiver().text().replaceFirst("^this\\.", "");
                    // Filled out of band: by another method than the one that reads it.
                    writes |= m != reader && receiver.equals(field) && WRITES.contains(c.site().name());
                    io = io || side.doesIo(c);
                }
            }
        }
        return writes && io;
    }
}
