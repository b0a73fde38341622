package dev.opsdiff.retry;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.Optional;

/**
 * A time gate that no longer closes after a failure. The gate compares the clock with a stamp ({@code eventTime -
 * lastRefreshTime > interval}); the stamp is what holds the next attempt back, so it must be set on the failure path
 * too (in the catch block, or after the try). When AFTER still has the gate but sets the stamp only after the work
 * succeeded, a failing attempt leaves the gate open and the work is tried again on every pass.
 */
public final class FailureStamps {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern GETTER = java.util.regex.Pattern.compile("(get|is)\\p{Lu}\\w*");
    private final TimeGates gates;

    private FailureStamps(TimeGates gates) {
        this.gates = gates;
    }

    public static FailureStamps of(ResolvedProgram program) {
        return new FailureStamps(TimeGates.of(program));
    }

    /** The lost failure-path stamp, as a {@link TimeGates.LostGate} of kind {@code STAMP_ON_FAILURE}. */
    public Optional<TimeGates.LostGate> lost(MethodModel before, MethodModel after, FailureStamps afterStamps) {
        for (CallSite stamp : before.calls()) {
            String field = stamp.assignedTo();
            if (field == null || !gates.isClock(stamp) || !onFailurePath(stamp)) {
                continue;
            }
            if (gateReading(before, field, null) == null
                    || after.calls().stream().anyMatch(c -> field.equals(c.assignedTo())
                    && afterStamps.gates.isClock(c) && onFailurePath(c))) {
                continue;
            }
            // Still set, but only once the work succeeded (inside the try, behind the gate): a failure leaves the
            // gate open. The gate is the one that stamp sits behind.
            for (CallSite success : after.calls()) {
                if (!field.equals(success.assignedTo()) || !afterStamps.gates.isClock(success)
                        || success.catches().isEmpty()) {
                    continue;
                }
                Guard gate = afterStamps.gateReading(after, field, success);
                Optional<CallSite> work = gate == null ? Optional.empty() : held(after, gate);
                if (work.isPresent()) {
                    return Optional.of(new TimeGates.LostGate(gate, stamp, work.get(),
                            TimeGates.GateKind.STAMP_ON_FAILURE));
                }
            }
        }
        return Optional.empty();
    }

    /** In a catch block, or outside every try body (after the try, in a finally): runs when the work failed. */
    private static boolean onFailurePath(CallSite c) {
        return c.inCatchBlock() || c.catches().isEmpty();
    }

    /** A time gate reading the field; with {@code behind}, only one that call sits behind. */
    private Guard gateReading(MethodModel m, String field, CallSite behind) {
        return m.guards().stream().filter(g -> g.names().contains(field) && gates.isGate(g.condition()))
                .filter(g -> behind == null || behind.guards().stream().anyMatch(r -> r.guard() == g.index()))
                .findFirst().orElse(null);
    }

    /** The last call the gate holds back inside the try (the work that can fail), else the first it holds. */
    private Optional<CallSite> held(MethodModel m, Guard gate) {
        var candidates = m.calls().stream()
                .filter(c -> !gate.conditionCalls().contains(c.index()) && !gates.isClock(c)
                        && c.guards().stream().map(GuardRef::guard).anyMatch(i -> i == gate.index()))
                .filter(c -> c.receiver().kind() != Receiver.Kind.CALL_RESULT)
                // A plain getter (getResourceId()) is an argument of the work, not the work.
                .filter(c -> !(c.argCount() == 0 && GETTER.matcher(c.name()).matches())).toList();
        return candidates.stream().filter(c -> !c.catches().isEmpty()).reduce((a, b) -> b)
                .or(() -> candidates.stream().findFirst());
    }
}
