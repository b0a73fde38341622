package dev.opsdiff.guard;

import java.util.List;
import java.util.Map;

/**
 * The guards of one method, in its own names.
 *
 * @param protecting     call index to the guards that protect that call inside this method
 * @param sites          every guard written in the method, protecting something or not (to tell "moved after the
 *                       effect" and "result ignored" from "removed")
 * @param throwingChecks guards that throw when the work was done: a caller of this method is protected by them for
 *                       whatever it does after the call ({@code ensureNotProcessed(id); charge();})
 * @param keys           idempotency keys the method builds (a request-options helper): they protect the caller's
 *                       call that receives the method's result ({@code create(params, optionsFor(id))})
 */
record MethodGuards(Map<Integer, List<GuardFact>> protecting, List<GuardFact> sites, List<GuardFact> throwingChecks,
                    List<GuardFact> keys) {
    List<GuardFact> at(int callIndex) {
        return protecting.getOrDefault(callIndex, List.of());
    }
}
