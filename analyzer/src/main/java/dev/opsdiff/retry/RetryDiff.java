package dev.opsdiff.retry;

import dev.opsdiff.model.Location;
import dev.opsdiff.summary.Hop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares what a matched method pair exposes to retries. A growth belongs to the pair when the retry (or loop) that
 * makes it worse is written in the method itself or in new helpers it calls; when it sits in a matched callee, that
 * callee's own pair reports it, so callers that only inherit it stay silent.
 */
public final class RetryDiff {
    private final double factor;

    /** @param factor how much the attempt budget must grow to be reported on its own (2 = doubled) */
    public RetryDiff(double factor) {
        this.factor = factor;
    }

    /**
     * @param matchedAfter whether an AFTER method id has a BEFORE counterpart (such methods own their own growth)
     */
    public List<RetryGrowth> compare(Map<String, Exposure> before, Map<String, Exposure> after,
                                     Predicate<String> matchedAfter) {
        List<RetryGrowth> out = new ArrayList<>();
        for (Exposure a : after.values()) {
            if (!a.retried()) {
                continue;
            }
            Exposure b = counterpart(before, after, a);
            classify(b, a).filter(g -> owned(g, matchedAfter)).ifPresent(out::add);
        }
        return out;
    }

    Optional<RetryGrowth> classify(Exposure b, Exposure a) {
        long attemptsA = a.attempts();
        long attemptsB = b == null ? 1 : b.attempts();
        int layersB = b == null ? 0 : b.layers().size();
        RetryLayer added = newLayer(b, a);
        RetryLayer outermost = a.layers().get(0);
        if (a.nonIdempotent() != null && attemptsA != 1 && (b == null || !b.retried())) {
            return growth(RetryGrowth.Kind.NON_IDEMPOTENT, b, a, added != null ? added : outermost);
        }
        if (a.layers().size() >= 2 && a.layers().size() > layersB && more(attemptsB, attemptsA)) {
            return growth(RetryGrowth.Kind.NESTED, b, a, added != null ? added : outermost);
        }
        if (a.looped() && (b == null || !b.looped())) {
            if (added != null) {
                return growth(RetryGrowth.Kind.IN_LOOP, b, a, added);
            }
            Hop inLoop = a.path().stream().filter(h -> h.methodName().equals(a.loopMethod())).findFirst()
                    .orElse(a.path().get(0));
            return Optional.of(new RetryGrowth(RetryGrowth.Kind.IN_LOOP, b, a, inLoop.site().location(), null));
        }
        if (b != null && b.retried() && !a.assumed() && !b.assumed() && raised(attemptsB, attemptsA)) {
            RetryLayer changed = a.layers().size() == b.layers().size() ? grownLayer(b, a) : added;
            RetryLayer layer = changed != null ? changed : outermost;
            return Optional.of(new RetryGrowth(RetryGrowth.Kind.BUDGET_RAISED, b, a,
                    editedAt(b, layer, layer.budget().attemptsAt()), layer));
        }
        if (b != null && b.layers().size() == a.layers().size()) {
            for (int i = 0; i < a.layers().size(); i++) {
                RetryBudget was = b.layers().get(i).budget();
                RetryBudget now = a.layers().get(i).budget();
                RetryLayer layer = a.layers().get(i);
                // A hand-written loop's wait is read from the loop itself even when its attempt bound is not:
                // an unknown budget does not hide a removed backoff.
                boolean backoffRead = !now.assumed() || layer.kind() == RetryLayer.Kind.LOOP;
                if (was.hasBackoff() && !now.hasBackoff() && backoffRead) {
                    return Optional.of(new RetryGrowth(RetryGrowth.Kind.BACKOFF_REMOVED, b, a,
                            editedAt(b, layer, now.backoffAt()), layer));
                }
                // A wait cut by the factor or more (1 s → 100 ms) brings the attempts that much closer together.
                if (was.hasBackoff() && now.hasBackoff() && backoffRead && was.backoffMs() != null
                        && now.backoffMs() != null && now.backoffMs() > 0 && was.backoffMs() >= factor * now.backoffMs()) {
                    return Optional.of(new RetryGrowth(RetryGrowth.Kind.BACKOFF_SHORTENED, b, a,
                            editedAt(b, layer, now.backoffAt()), layer));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The construct when it was edited; when it reads as before, the line its budget comes from (the builder call, the
     * constant or the property that changed).
     */
    private static Location editedAt(Exposure b, RetryLayer layer, Location source) {
        boolean sameText = b.layers().stream().anyMatch(l -> l.text().equals(layer.text()));
        return sameText && source != null ? source : layer.location();
    }

    private static Optional<RetryGrowth> growth(RetryGrowth.Kind kind, Exposure b, Exposure a, RetryLayer layer) {
        return Optional.of(new RetryGrowth(kind, b, a, layer.location(), layer));
    }

    /**
     * Owned here unless the layer (or loop) responsible is written in a matched callee on the path: that callee reports
     * it. New helpers own nothing, so their growth lands on the nearest matched caller.
     */
    private static boolean owned(RetryGrowth g, Predicate<String> matchedAfter) {
        List<Hop> path = g.after().path();
        String anchor = anchorMethod(g);
        int idx = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).methodId().equals(anchor)) {
                idx = i;
                break;
            }
        }
        for (int j = 1; j <= idx; j++) {
            if (matchedAfter.test(path.get(j).methodId())) {
                return false;
            }
        }
        return true;
    }

    private static String anchorMethod(RetryGrowth g) {
        Exposure a = g.after();
        return switch (g.kind()) {
            case NESTED -> a.layers().get(0).methodId();
            case IN_LOOP -> a.path().stream().filter(h -> h.methodName().equals(a.loopMethod())).findFirst()
                    .map(Hop::methodId).orElse(a.path().get(0).methodId());
            default -> g.layer() != null ? g.layer().methodId() : a.path().get(0).methodId();
        };
    }

    /** The first AFTER layer with no BEFORE layer of the same kind, library and method. */
    private static RetryLayer newLayer(Exposure b, Exposure a) {
        List<RetryLayer> old = b == null ? new ArrayList<>() : new ArrayList<>(b.layers());
        for (RetryLayer l : a.layers()) {
            if (!removeSame(old, l)) {
                return l;
            }
        }
        return null;
    }

    /** Removes the first layer of the same signature as {@code l} ({@link RetryLayer#sameSignature}). */
    private static boolean removeSame(List<RetryLayer> layers, RetryLayer l) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).sameSignature(l)) {
                layers.remove(i);
                return true;
            }
        }
        return false;
    }

    private static RetryLayer grownLayer(Exposure b, Exposure a) {
        for (int i = 0; i < a.layers().size(); i++) {
            if (more(b.layers().get(i).budget().attempts(), a.layers().get(i).budget().attempts())) {
                return a.layers().get(i);
            }
        }
        return null;
    }

    /** The same work reached under another key: the same API method on a resource AFTER no longer uses. */
    private static Exposure counterpart(Map<String, Exposure> before, Map<String, Exposure> after, Exposure a) {
        Exposure exact = before.get(a.key());
        if (exact != null) {
            return exact;
        }
        String dotMethod = a.key().substring(a.key().lastIndexOf('.'));
        return before.values().stream()
                .filter(b -> b.key().endsWith(dotMethod) && !after.containsKey(b.key()))
                .findFirst().orElse(null);
    }

    private static boolean more(long before, long after) {
        return rank(after) > rank(before);
    }

    private boolean raised(long before, long after) {
        return after == RetryBudget.UNBOUNDED ? before != RetryBudget.UNBOUNDED
                : before != RetryBudget.UNBOUNDED && after >= before * factor;
    }

    private static long rank(long attempts) {
        return attempts == RetryBudget.UNBOUNDED ? Long.MAX_VALUE : attempts;
    }
}
