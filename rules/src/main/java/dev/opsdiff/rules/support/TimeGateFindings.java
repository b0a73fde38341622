package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.retry.TimeGates;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.RelatedLocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for work that lost the time gate that held it back between attempts. */
public final class TimeGateFindings {
    private TimeGateFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, TimeGates.LostGate lost) {
        String call = "`" + lost.afterCall().shortText() + "`";
        String gate = "`" + lost.gate().condition().text() + "`";
        String what = switch (lost.kind()) {
            case RATE_LIMIT -> "the rate limit ";
            case ATTEMPT_CAP -> "the attempt cap ";
            case TIME, STAMP_ON_FAILURE -> "the time gate ";
        };
        String consequence = switch (lost.kind()) {
            case RATE_LIMIT -> "it now runs on every pass, and after a failure it is tried again at once instead of "
                    + "waiting for a permit";
            case ATTEMPT_CAP -> "work that keeps failing is now re-queued and tried again without end instead of "
                    + "failing once the attempts run out";
            case TIME -> "it now runs on every pass, and after a failure it is tried again at once instead of "
                    + "waiting for the backoff";
            case STAMP_ON_FAILURE -> "`" + lost.beforeCall().assignedTo() + "` is now set only when it succeeds, so "
                    + "after a failure the gate stays open and it is tried again on every pass";
        };
        String message = lost.kind() == TimeGates.GateKind.STAMP_ON_FAILURE
                ? call + " behind " + what + gate + " in `" + pair.after().displayName() + "` fails open: "
                        + consequence + " (before: a failure set it too, so the next attempt waited out the interval)."
                : call + " is no longer held back by " + what + gate + " in `" + pair.after().displayName() + "`: "
                        + consequence + " (before: only "
                        + (lost.kind() == TimeGates.GateKind.ATTEMPT_CAP ? "while attempts remained" : "once the gate opened")
                        + ").";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", (lost.kind() == TimeGates.GateKind.ATTEMPT_CAP ? RetryGrowth.Kind.BUDGET_RAISED
                : RetryGrowth.Kind.BACKOFF_REMOVED).id());
        p.put("work", lost.afterCall().shortText());
        p.put(lost.kind() == TimeGates.GateKind.ATTEMPT_CAP ? "attemptCap" : "timeGate",
                lost.gate().condition().text());
        p.put("matchedBy", pair.evidence().name());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("file", lost.gate().location().path());
        before.put("line", lost.gate().location().line());
        before.put("method", pair.before().displayName());
        before.put("snippet", lost.gate().condition().text());
        p.put("before", before);
        List<RelatedLocation> related = List.of(new RelatedLocation(lost.gate().location(),
                "before: " + what + gate));
        List<FlowStep> flow = List.of(new FlowStep(lost.afterCall().location(),
                lost.kind() == TimeGates.GateKind.STAMP_ON_FAILURE
                        ? pair.after().displayName() + " leaves `" + lost.beforeCall().assignedTo() + "` unchanged when "
                                + call + " fails"
                        : pair.after().displayName() + " runs " + call + " without " + what.trim()));
        return new Finding(ruleId, null, message, lost.afterCall().location(), pair.after().id(), related, flow, p,
                ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                        + lost.afterCall().shortText() + "|" + lost.kind().name().toLowerCase(java.util.Locale.ROOT), null);
    }
}
