package dev.opsdiff.summary;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A method's effects per invocation: for each effect key, its worst occurrence, and the occurrences through each
 * distinct call of the method that reaches the key (its routes, a few per key) — one key reached both inside and
 * outside a cached call keeps both, so a cache lost on one route is not hidden by the other.
 */
public record MethodSummary(String methodId, SortedMap<EffectKey, Occurrence> effects,
                            Map<EffectKey, List<Occurrence>> routes) {
    public Optional<Occurrence> get(EffectKey key) {
        return Optional.ofNullable(effects.get(key));
    }

    public Map<EffectKey, Occurrence> all() {
        return Collections.unmodifiableMap(effects);
    }

    /** The occurrences of {@code key} through distinct calls of this method, in source order; the worst is among them. */
    public List<Occurrence> routes(EffectKey key) {
        return routes.getOrDefault(key, List.of());
    }
}
