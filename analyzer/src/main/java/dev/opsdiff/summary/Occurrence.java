package dev.opsdiff.summary;

import dev.opsdiff.catalog.Effect;

import java.util.List;
import java.util.Set;

/**
 * How a method reaches one effect on its worst path.
 *
 * @param degree      number of data-dependent loops on the path (0 = once per invocation, 1 = O(n), 2 = O(n²))
 * @param path        call path from the summarized method down to the library call (first hop is in the method)
 * @param factors     every loop on the path, outermost first
 * @param conditional whether some branch on the path may skip it
 * @param onCacheMiss whether it only runs when a cache lookup missed
 * @param inMemoryOnly an in-process cache access whose miss path does no I/O (cheap whatever its count)
 * @param batchApis   batch forms used for the same key anywhere in the method, at any degree
 */
public record Occurrence(EffectKey key, Effect effect, int degree, List<Hop> path, List<Factor> factors,
                         boolean conditional, boolean onCacheMiss, boolean inMemoryOnly, Set<String> batchApis) {
    public Hop first() {
        return path.get(0);
    }

    public Hop last() {
        return path.get(path.size() - 1);
    }
}
