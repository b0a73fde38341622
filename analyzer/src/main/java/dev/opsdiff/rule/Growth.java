package dev.opsdiff.rule;

import dev.opsdiff.summary.EffectKey;
import dev.opsdiff.summary.Occurrence;

/**
 * An effect reached more often per invocation in AFTER than in BEFORE.
 *
 * @param before the BEFORE occurrence of the same effect, or null when BEFORE did not reach it
 * @param after  the AFTER occurrence, whose first hop is the call in the owning method
 */
public record Growth(EffectKey key, Occurrence before, Occurrence after) {
    public int beforeDegree() {
        return before == null ? 0 : before.degree();
    }
}
