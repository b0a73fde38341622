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
        String what = lost.throttle() ? "the rate limit " : "the time gate ";
        String message = call + " is no longer held back by " + what + gate + " in `"
                + pair.after().displayName() + "`: it now runs on every pass, and after a failure it is tried again "
                + "at once instead of waiting " + (lost.throttle() ? "for a permit" : "for the backoff")
                + " (before: only once the gate opened).";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", RetryGrowth.Kind.BACKOFF_REMOVED.id());
        p.put("work", lost.afterCall().shortText());
        p.put("timeGate", lost.gate().condition().text());
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
                pair.after().displayName() + " runs " + call + " without a time gate"));
        return new Finding(ruleId, null, message, lost.afterCall().location(), pair.after().id(), related, flow, p,
                ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                        + lost.afterCall().shortText() + "|time-gate", null);
    }
}
