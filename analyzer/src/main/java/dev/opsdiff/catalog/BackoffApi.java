package dev.opsdiff.catalog;

import java.util.List;

/**
 * Catalog entry (section {@code backoffs:}) for the vocabulary of time gates: conditions that hold work back until
 * enough time has passed ({@code if (now < call.nextAllowedTryMs) continue;}, {@code canTryLock(id,
 * System.currentTimeMillis())}, {@code eventTime - lastRefreshTime > interval}). A time gate is how state machines,
 * pollers and re-queueing retries back off; losing one makes the work run on every pass. Every field is optional and
 * entries are merged.
 *
 * @param library    label, shown nowhere but in the catalog
 * @param clocks     method names that read the current time ({@code currentTimeMillis}, {@code nanoTime},
 *                   {@code milliseconds} of an injected clock)
 * @param clockNames regular expression over variable and parameter names that hold the current time ({@code now})
 * @param stampNames regular expression over names that hold a point in time; {@code a - b} compared with something,
 *                   both operands such names, is a time gate ({@code eventTime - lastRefreshTime > interval})
 * @param throttles  method names that take a permit from a rate limiter ({@code tryAcquire}): a condition on one holds
 *                   work back like a time gate does
 * @param exponentials simple names of types whose instances, and of methods whose calls, make a delay grow
 *                     exponentially ({@code ExponentialBackoff}, {@code ofExponentialBackoff})
 * @param attemptNames regular expression over the names an exponent counts attempts by; {@code Math.pow(2, x)} is a
 *                     growing delay only when {@code x} mentions one ({@code task.getRetryCount()})
 * @param delayNames   regular expression over names of delays; a method that no longer grows its delay is reported
 *                     only when it still mentions one (it still waits, just no longer longer each time)
 * @param delayedSubmits   method names that run a task after a delay argument ({@code schedule(task, 500, MILLISECONDS)});
 *                         a method that resubmits itself through one after a failure backs off by that delay
 * @param immediateSubmits method names that run a task as soon as possible ({@code execute}, {@code submit}); a
 *                         method that resubmits itself through one after a failure retries at once
 */
public record BackoffApi(String library, List<String> clocks, String clockNames, String stampNames,
                         List<String> throttles, List<String> exponentials, String attemptNames, String delayNames,
                         List<String> delayedSubmits, List<String> immediateSubmits) {
}
