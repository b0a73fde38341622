package dev.opsdiff.guard;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.summary.Hop;

import java.util.List;

/**
 * A side effect worth guarding that a method reaches, with the guards that protect it on the way.
 *
 * @param identity what makes it "the same effect" in BEFORE and AFTER: effect kind, API and receiver type
 * @param effect   the library effect
 * @param verb     what repeating it does, as a verb phrase ("charge again")
 * @param path     from the method down to the library call (first hop is in the method)
 * @param guards   every guard on the path that protects it, keys in the names of the method
 */
public record ProtectedEffect(String identity, Effect effect, String verb, List<Hop> path, List<GuardFact> guards) {
    public Hop first() {
        return path.get(0);
    }

    public Hop last() {
        return path.get(path.size() - 1);
    }
}
