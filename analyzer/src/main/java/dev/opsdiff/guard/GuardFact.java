package dev.opsdiff.guard;

import dev.opsdiff.model.Location;

import java.util.Set;

/**
 * One guard that protects a call: what it tests, where it is written, and the key it checks.
 *
 * @param kind       what it checks
 * @param origin     how it shows in code
 * @param api        what identifies the guard across versions: the test method ({@code contains}), the annotation
 *                   ({@code @SchedulerLock}), the caught exception, the SQL clause
 * @param text       the guard as written, for messages ({@code processedMessages.contains(event.getId())})
 * @param key        the checked key, normalized and expressed in the names of the method that sees the guard (after
 *                   lifting from helpers), or null when the guard has no key (locks, status checks, catches)
 * @param keyText    the key as written where the guard lives, for messages
 * @param location   where the guard is written
 * @param homeMethod id of the method the guard is written in
 * @param callIndex  the test call's index in its home method, or -1
 * @param scope      effect ids it protects (an idempotency key protects remote calls, not local writes); empty: all
 * @param recordsRun the guard tests state the method itself records (a run-once gate on its own field, a state it
 *                   sets): it shows the method is called more than once, entry point or not
 */
public record GuardFact(GuardKind kind, Origin origin, String api, String text, String key, String keyText,
                        Location location, String homeMethod, int callIndex, Set<String> scope,
                        boolean recordsRun) {

    /** How a guard shows in code. */
    public enum Origin {
        /** A condition around or before the work ({@code if (seen) return;}). */
        CONDITION,
        /** A call that guards what follows it: a throwing check, an idempotency key on the request, a row lock. */
        SEQUENCE,
        /** Work inside a callback that runs only when absent ({@code orElseGet}, {@code computeIfAbsent}). */
        CALLBACK,
        /** An exception caught around the write (duplicate key, optimistic lock). */
        CATCH,
        /** Part of the write itself: SQL ({@code ON CONFLICT DO NOTHING}) or an argument ({@code $setOnInsert}). */
        INLINE,
        /** An annotation on the method ({@code @SchedulerLock}) or on a parameter ({@code @RequestHeader}). */
        ANNOTATION,
        /** An annotation on the written entity's field ({@code @Version}). */
        ENTITY,
        /** The items a loop acts on were de-duplicated first ({@code distinct()}, collected into a set). */
        DEDUPLICATION,
        /** A claim call whose result nobody reads: it guards nothing (only recorded as a site, never as protection). */
        IGNORED_RESULT
    }

    public GuardFact withKey(String newKey) {
        return new GuardFact(kind, origin, api, text, newKey, keyText, location, homeMethod, callIndex, scope,
                recordsRun);
    }

    /** Whether it protects an effect of this kind id. */
    public boolean covers(String effectId) {
        return scope.isEmpty() || scope.contains(effectId);
    }

    /** Identity of the guard within one version: where it lives and what it is. */
    public String identity() {
        return homeMethod + "@" + location.line() + ":" + location.column() + "|" + kind + "|" + api;
    }
}
