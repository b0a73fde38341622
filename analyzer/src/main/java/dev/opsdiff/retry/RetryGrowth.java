package dev.opsdiff.retry;

import dev.opsdiff.model.Location;

/**
 * Retried work that got riskier between BEFORE and AFTER, owned by the method pair it was found in.
 *
 * @param kind   what got worse
 * @param before the BEFORE exposure of the same work, or null when BEFORE did not reach it
 * @param after  the AFTER exposure
 * @param at     where to report: the new or changed retry construct, or the call that now sits in a loop
 * @param layer  the retry construct the finding is about (new, raised or without backoff), or null
 */
public record RetryGrowth(Kind kind, Exposure before, Exposure after, Location at, RetryLayer layer) {
    public enum Kind {
        /** Now retried around work that is not safe to repeat (POST, charge, database write, message send). */
        NON_IDEMPOTENT("non-idempotent"),
        /** A retry now runs inside another retry: attempts multiply. */
        NESTED("nested"),
        /** A retry now runs once per element of a collection. */
        IN_LOOP("in-loop"),
        /** The attempt budget grew by the configured factor or more. */
        BUDGET_RAISED("budget-raised"),
        /** Attempts now follow each other without waiting. */
        BACKOFF_REMOVED("backoff-removed"),
        /** The wait between attempts shrank by the configured factor or more. */
        BACKOFF_SHORTENED("backoff-shortened");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public long attemptsBefore() {
        return before == null ? 1 : before.attempts();
    }
}
