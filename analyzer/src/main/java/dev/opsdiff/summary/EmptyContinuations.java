package dev.opsdiff.summary;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedCall;

import java.util.List;

/**
 * A lookup wrapped in an Optional or a Mono and continued on empty: {@code Mono.fromSupplier(ref::get)
 * .switchIfEmpty(Mono.defer(this::load))}, {@code Optional.ofNullable(map.get(k)).orElseGet(() -> dao.load(k))}.
 * The load runs only when the read found nothing, as in a miss branch, though the read is not the head of the chain
 * and the load may sit in an argument ({@code Mono.defer(..)}) rather than a callback.
 */
final class EmptyContinuations {
    private EmptyContinuations() {
    }

    /**
     * Whether {@code site} runs inside (callback or argument, at any depth) a catalog on-empty continuation chained
     * on the call that wraps {@code lookup}.
     */
    static boolean behind(Catalog catalog, List<ResolvedCall> calls, CallSite site, int lookup) {
        int wrapper = enclosing(calls, lookup);
        if (wrapper < 0) {
            return false;
        }
        for (int x = enclosing(calls, site.index()); x >= 0; x = enclosing(calls, x)) {
            CallSite c = calls.get(x).site();
            if (catalog.runsOnEmpty(c.name()) && chainedOn(calls, c, wrapper)) {
                return true;
            }
        }
        return false;
    }

    /** The call {@code index} is a callback or a direct argument of, or -1. */
    private static int enclosing(List<ResolvedCall> calls, int index) {
        if (index < 0 || index >= calls.size()) {
            return -1;
        }
        int callback = calls.get(index).site().callbackOf();
        if (callback >= 0) {
            return callback;
        }
        for (ResolvedCall c : calls) {
            for (Expr arg : c.site().args()) {
                if (arg instanceof Expr.Call call && call.callIndex() == index && c.site().index() != index) {
                    return c.site().index();
                }
            }
        }
        return -1;
    }

    private static boolean chainedOn(List<ResolvedCall> calls, CallSite call, int target) {
        Receiver r = call.receiver();
        while (r.kind() == Receiver.Kind.CALL_RESULT && r.chainedCall() >= 0 && r.chainedCall() < calls.size()) {
            if (r.chainedCall() == target) {
                return true;
            }
            r = calls.get(r.chainedCall()).site().receiver();
        }
        return false;
    }
}
