package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Location;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.retry.TimeGates;
import dev.opsdiff.rule.Finding;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for work that lost the time gate that held it back between attempts. */
public final class TimeGateFindings {
    private TimeGateFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, TimeGates.LostGate lost) {
        String call = "`" + lost.afterCall().shortText() + "`";
        String gate = "`" + lost.gate().condition().text() + "`";
        String in = " in `" + pair.after().displayName() + "`: ";
        String lostWhat = pair.after().displayName() + " runs " + call + " without ";
        // Per kind: the message, the flow step, and the BEFORE evidence (the gate, or the stamp set on failure).
        String message;
        String step;
        Location evidence = lost.gate().location();
        String snippet = lost.gate().condition().text();
        switch (lost.kind()) {
            case RATE_LIMIT -> {
                message = call + " is no longer held back by the rate limit " + gate + in + "it now runs on every "
                        + "pass, and after a failure it is tried again at once instead of waiting for a permit "
                        + "(before: only once the gate opened).";
                step = lostWhat + "the rate limit";
            }
            case ATTEMPT_CAP -> {
                message = call + " is no longer held back by the attempt cap " + gate + in + "work that keeps failing "
                        + "is now re-queued and tried again without end instead of failing once the attempts run out "
                        + "(before: only while attempts remained).";
                step = lostWhat + "the attempt cap";
            }
            case TIME -> {
                message = call + " is no longer held back by the time gate " + gate + in + "it now runs on every "
                        + "pass, and after a failure it is tried again at once instead of waiting for the backoff "
                        + "(before: only once the gate opened).";
                step = lostWhat + "the time gate";
            }
            default -> {
                String stamp = "`" + lost.beforeCall().assignedTo() + "`";
                message = call + " behind the time gate " + gate + " in `" + pair.after().displayName()
                        + "` fails open: " + stamp
                        + " is now set only when it succeeds, so after a failure the gate stays open and it is tried "
                        + "again on every pass (before: a failure set it too, so the next attempt waited out the "
                        + "interval).";
                step = pair.after().displayName() + " leaves " + stamp + " unchanged when " + call + " fails";
                evidence = lost.beforeCall().location();
                snippet = lost.beforeCall().assignedTo() + " = " + lost.beforeCall().text();
            }
        }
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", (lost.kind() == TimeGates.GateKind.ATTEMPT_CAP ? RetryGrowth.Kind.BUDGET_RAISED
                : RetryGrowth.Kind.BACKOFF_REMOVED).id());
        p.put("work", lost.afterCall().shortText());
        p.put(lost.kind() == TimeGates.GateKind.ATTEMPT_CAP ? "attemptCap" : "timeGate",
                lost.gate().condition().text());
        return new BeforePlace(evidence, pair.before().displayName(), snippet).finding(ruleId, pair, message,
                lost.afterCall().location(), step, p,
                lost.afterCall().shortText() + "|" + lost.kind().name().toLowerCase(Locale.ROOT));
    }
}
