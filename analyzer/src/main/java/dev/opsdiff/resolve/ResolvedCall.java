package dev.opsdiff.resolve;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.model.CallSite;

import java.util.List;

/**
 * A call site with what it reaches.
 *
 * @param effect       the library effect of the call itself, or null
 * @param targets      ids of project methods it may run (overloads and implementations of an interface method)
 * @param targetsOnMiss whether the targets only run on a cache miss (a call through a {@code @Cacheable} proxy)
 * @param resultType   qualified type of the call's value when known, for chained calls
 */
public record ResolvedCall(CallSite site, Effect effect, List<String> targets, boolean targetsOnMiss,
                           String resultType) {
}
