package dev.opsdiff.retry;

import dev.opsdiff.values.Units;

/**
 * How often a retry construct runs its work and how long it waits in between.
 *
 * @param attempts   calls including the first one; {@link #UNBOUNDED} when it never gives up
 * @param hasBackoff whether it waits between attempts
 * @param backoffMs  the (first) wait in milliseconds when it could be folded, else null
 * @param assumed    true when nothing was said and the library's default (or a guess) is used
 * @param attemptsAt where the attempt count is written (the builder call, a constant, a property line), or null:
 *                   when the construct itself is unchanged, an edit there is the line to report
 * @param backoffAt  where the backoff is written, or null
 */
public record RetryBudget(long attempts, boolean hasBackoff, Long backoffMs, boolean assumed,
                          dev.opsdiff.model.Location attemptsAt, dev.opsdiff.model.Location backoffAt) {
    public RetryBudget(long attempts, boolean hasBackoff, Long backoffMs, boolean assumed) {
        this(attempts, hasBackoff, backoffMs, assumed, null, null);
    }

    public static final long UNBOUNDED = -1;

    public boolean unbounded() {
        return attempts == UNBOUNDED;
    }

    /** Product of two budgets' attempts: nested retries multiply; anything times unbounded is unbounded. */
    public static long times(long a, long b) {
        if (a == UNBOUNDED || b == UNBOUNDED) {
            return UNBOUNDED;
        }
        return Math.min(a * b, Long.MAX_VALUE / 16);
    }

    public static String attemptsText(long attempts) {
        return attempts == UNBOUNDED ? "unbounded" : String.valueOf(attempts);
    }

    /** {@code 3 attempts, 200 ms backoff}, {@code unbounded attempts, no backoff}. */
    public String describe() {
        String backoff = !hasBackoff ? "no backoff" : backoffMs == null ? "backoff" : Units.format(backoffMs) + " backoff";
        return attemptsText(attempts) + " attempts, " + backoff + (assumed ? " (library default)" : "");
    }
}
