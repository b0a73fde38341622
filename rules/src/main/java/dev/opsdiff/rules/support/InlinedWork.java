package dev.opsdiff.rules.support;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.Receiver;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A bounded wait on asynchronous work that now runs inline: BEFORE
 * {@code supplyAsync(() -> alerts.send(a)).get(5, SECONDS)} (or a future kept in a variable, or
 * {@code executor.submit(..)}), AFTER {@code alerts.send(a)} on the caller's thread with no bound at all. The wait is
 * gone with its future, so the finding belongs at the work's AFTER call.
 */
public final class InlinedWork {
    private InlinedWork() {
    }

    /** The AFTER call that does the work the removed wait was bounding, when it now runs outside any callback. */
    public static Optional<Location> anchor(List<CallSite> before, List<CallSite> after, CallSite wait,
                                            Predicate<CallSite> doesIo) {
        int producer = producerOf(before, wait);
        if (producer < 0) {
            return Optional.empty();
        }
        for (CallSite work : before) {
            if (work.callbackOf() != producer) {
                continue;
            }
            // Pure computation run inline loses a bound on CPU time, not on a stuck peer: not reported.
            Optional<CallSite> inline = after.stream().filter(c -> c.callbackOf() < 0
                    && c.name().equals(work.name()) && c.receiver().text().equals(work.receiver().text()))
                    .filter(doesIo).findFirst();
            if (inline.isPresent()) {
                return Optional.of(inline.get().location());
            }
        }
        return Optional.empty();
    }

    /** The call whose future is waited on: the start of the wait's chain, or the call stored in its receiver. */
    private static int producerOf(List<CallSite> calls, CallSite wait) {
        Receiver r = wait.receiver();
        if (r.kind() == Receiver.Kind.CALL_RESULT) {
            int root = r.chainedCall();
            while (root >= 0 && calls.get(root).receiver().kind() == Receiver.Kind.CALL_RESULT
                    && !hasCallback(calls, root)) {
                root = calls.get(root).receiver().chainedCall();
            }
            return root;
        }
        if (r.kind() == Receiver.Kind.VARIABLE) {
            return calls.stream().filter(c -> r.text().equals(c.assignedTo())).mapToInt(CallSite::index)
                    .findFirst().orElse(-1);
        }
        return -1;
    }

    private static boolean hasCallback(List<CallSite> calls, int index) {
        return calls.stream().anyMatch(c -> c.callbackOf() == index);
    }
}
