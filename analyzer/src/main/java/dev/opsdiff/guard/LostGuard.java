package dev.opsdiff.guard;

import java.util.List;

/**
 * A guard of BEFORE that no longer protects the same effect in AFTER.
 *
 * @param guard        the BEFORE guard, as written there
 * @param change       how it was lost
 * @param before       the effect it protected in BEFORE
 * @param after        the AFTER occurrence of that effect that is no longer protected (the one reported)
 * @param counterpart  the AFTER guard that looks like it but no longer protects (moved, ignored, other key), or null
 * @param alsoLost     further AFTER occurrences the guard no longer protects
 */
public record LostGuard(GuardFact guard, Change change, ProtectedEffect before, ProtectedEffect after,
                        GuardFact counterpart, List<ProtectedEffect> alsoLost) {

    /** How a guard was lost. */
    public enum Change {
        /** Deleted, or its annotation, SQL clause, header or catch dropped. */
        REMOVED,
        /** Still there, but it now runs after the effect. */
        MOVED_AFTER,
        /** The claim still runs, but its result is no longer tested. */
        RESULT_IGNORED,
        /** It now checks a different key. */
        OTHER_KEY,
        /** An atomic claim was replaced by a check-then-act test. */
        NOT_ATOMIC
    }
}
