package dev.opsdiff.retry;

import dev.opsdiff.model.Location;

/**
 * A retry construct in one method: a call that runs work with retries, an annotation retried by its proxy, or a
 * hand-written retry loop.
 *
 * @param kind      how it retries
 * @param library   catalog label ("Spring Retry"), or "hand-written"
 * @param methodId  the method it is written in
 * @param method    that method's display name, for messages
 * @param location  the construct: the call, the annotation or the loop header
 * @param text      the construct as written, short
 * @param budget    attempts and backoff
 * @param index     the call index (CALL, UPSTREAM) or loop index (LOOP) in the method; -1 for annotations
 */
public record RetryLayer(Kind kind, String library, String methodId, String method, Location location, String text,
                         RetryBudget budget, int index) {
    public enum Kind {
        /** Runs its lambda/method-reference arguments with retries ({@code retryTemplate.execute(...)}). */
        CALL,
        /** Resubscribes the reactive chain it is applied to ({@code .retry(3)}). */
        UPSTREAM,
        /** Retries the annotated method when it is called through the Spring/CDI proxy. */
        ANNOTATION,
        /** A hand-written loop that catches and goes round again. */
        LOOP
    }

    /**
     * Identity for telling new layers from old ones across BEFORE and AFTER: the same kind, library and method (method
     * names survive most refactors).
     */
    public boolean sameSignature(RetryLayer other) {
        return kind == other.kind && java.util.Objects.equals(library, other.library)
                && java.util.Objects.equals(method, other.method);
    }

    public String describe() {
        return "`" + text + "` in `" + method + "` (" + budget.describe() + ")";
    }
}
