package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.retry.ClientRetrySwitches;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.RelatedLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the retry-amplification finding for a client whose built-in retries are on again. */
public final class ClientRetryFindings {
    private ClientRetryFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, ClientRetrySwitches.LostSwitch lost) {
        String built = "`" + lost.builtBy().shortText() + "`";
        String off = lost.disabledBy().text();
        String message = built + " in `" + pair.after().displayName() + "` builds a client ("
                + lost.library() + ") whose built-in retries are on: a request that fails on the connection is now attempted up to "
                + lost.attempts() + " times, without backoff (before: `" + off + "` turned the retries off).";
        Map<String, Object> p = new TreeMap<>();
        p.put("kind", RetryGrowth.Kind.BUDGET_RAISED.id());
        p.put("attemptsBefore", 1);
        p.put("attemptsAfter", lost.attempts());
        p.put("matchedBy", pair.evidence().name());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("file", lost.disabledBy().location().path());
        before.put("line", lost.disabledBy().location().line());
        before.put("method", pair.before().displayName());
        before.put("snippet", off);
        p.put("before", before);
        List<RelatedLocation> related = List.of(new RelatedLocation(lost.disabledBy().location(),
                "before: `" + off + "`"));
        List<FlowStep> flow = List.of(new FlowStep(lost.builtBy().location(), pair.after().displayName()
                + " builds a client that retries on its own"));
        return new Finding(ruleId, null, message, lost.builtBy().location(), pair.after().id(), related, flow, p,
                ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|client-retries", null);
    }
}
