package dev.opsdiff.retry;

import dev.opsdiff.model.Loop;
import dev.opsdiff.summary.Hop;

import java.util.List;

/**
 * How a method reaches one piece of retried work on its worst path: the retry layers around it (outermost first,
 * through helpers and proxies), the data loop that encloses a retry if any, and the call path.
 *
 * @param key           the work: effect id and API ({@code db-write:OrderRepository.save}) or library/port call
 *                      ({@code call:InventoryClient.reserve})
 * @param leaf          the work as written, for messages ({@code restTemplate.postForObject(...)})
 * @param nonIdempotent why repeating it is not harmless ("POST", "message send"), or null
 * @param layers        retry layers around it, outermost first; empty when nothing retries it (yet)
 * @param path          call path from the method down to the work; the first hop is in the method
 * @param loop          a data-dependent loop that encloses one of the layers, or null
 * @param loopMethod    display name of the method holding {@code loop}
 */
public record Exposure(String key, String leaf, String nonIdempotent, List<RetryLayer> layers, List<Hop> path,
                       Loop loop, String loopMethod) {
    public Exposure {
        layers = List.copyOf(layers);
        path = path instanceof HopPath ? path : List.copyOf(path); // immutable, and shares its callee's tail
    }

    /** Calls of the work per invocation of the method, from the retry layers alone (loops aside). */
    public long attempts() {
        return times(1, layers);
    }

    public boolean retried() {
        return !layers.isEmpty();
    }

    public boolean looped() {
        return loop != null && retried();
    }

    /** Whether any layer's budget is a library default rather than what the code says. */
    public boolean assumed() {
        return layers.stream().anyMatch(l -> l.budget().assumed());
    }

    /** Worse first: more attempts, then inside a loop, then more layers. */
    static int compare(Exposure a, Exposure b) {
        return compare(a.attempts(), a.looped(), a.layers.size(), b);
    }

    /** {@link #compare} for an exposure not built yet, given by what the order looks at. */
    static int compare(long attempts, boolean looped, int layers, Exposure b) {
        int c = Long.compare(rank(attempts), rank(b.attempts()));
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(looped, b.looped());
        return c != 0 ? c : Integer.compare(layers, b.layers.size());
    }

    /** {@link #attempts()} of layers given in parts, folded in order as the joined list would be. */
    static long attempts(List<RetryLayer> first, List<RetryLayer> second, List<RetryLayer> third) {
        return times(times(times(1, first), second), third);
    }

    private static long times(long n, List<RetryLayer> layers) {
        for (int i = 0; i < layers.size(); i++) {
            n = RetryBudget.times(n, layers.get(i).budget().attempts());
        }
        return n;
    }

    private static long rank(long attempts) {
        return attempts == RetryBudget.UNBOUNDED ? Long.MAX_VALUE : attempts;
    }
}
