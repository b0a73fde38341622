package dev.opsdiff.summary;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** A method's effects per invocation: for each effect key, its worst occurrence. */
public record MethodSummary(String methodId, SortedMap<EffectKey, Occurrence> effects) {
    public Optional<Occurrence> get(EffectKey key) {
        return Optional.ofNullable(effects.get(key));
    }

    public Map<EffectKey, Occurrence> all() {
        return Collections.unmodifiableMap(effects);
    }
}
