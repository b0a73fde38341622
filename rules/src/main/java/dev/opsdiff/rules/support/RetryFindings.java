package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Location;
import dev.opsdiff.retry.Exposure;
import dev.opsdiff.retry.RetryBudget;
import dev.opsdiff.retry.RetryGrowth;
import dev.opsdiff.retry.RetryLayer;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.summary.Hop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds retry-amplification findings: attempts before and after, the layers that multiply, the path to the work. */
public final class RetryFindings {
    private RetryFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, RetryGrowth g) {
        Exposure a = g.after();
        String call = "`" + a.path().get(0).site().shortText() + "`";
        String per = "per call of `" + pair.after().displayName() + "`";
        String before = "before: " + beforeText(g);
        String message = switch (g.kind()) {
            case NON_IDEMPOTENT -> call + " is now retried " + times(a) + " " + per + " (" + layers(a)
                    + "), but " + (call.equals("`" + a.leaf() + "`") ? "it" : "`" + a.leaf() + "`")
                    + " is not safe to repeat (" + a.nonIdempotent() + "); " + before + ".";
            case NESTED -> upTo(a) + " calls to " + call + " " + per + ": retry nested in retry ("
                    + layers(a) + "); " + before + ".";
            case IN_LOOP -> call + " is now retried inside a loop: " + upTo(a) + " attempts per element of `"
                    + a.loop().iterates() + "` (" + layers(a) + "); " + before + ".";
            case BUDGET_RAISED -> upTo(a) + " calls to " + call + " " + per + " (" + layers(a)
                    + "); " + before + ".";
            case BACKOFF_REMOVED -> "retries of " + call + " no longer wait between attempts (" + layers(a)
                    + "); before: " + backoffs(g.before()) + ".";
            case BACKOFF_SHORTENED -> "retries of " + call + " now wait much less between attempts ("
                    + layers(a) + "), so a failing dependency gets them that much faster: now "
                    + backoffs(a) + ", before: " + backoffs(g.before()) + ".";
        };
        return new Finding(ruleId, null, capitalize(message), g.at(), pair.after().id(), related(g), flow(a),
                properties(pair, g), ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                + a.key() + "|" + g.kind().id(), null);
    }

    private static String beforeText(RetryGrowth g) {
        Exposure b = g.before();
        if (b == null || !b.retried()) {
            return "not retried";
        }
        String loop = b.looped() ? " per element of `" + b.loop().iterates() + "`" : "";
        return RetryBudget.attemptsText(b.attempts()) + loop;
    }

    /** "up to 9", or "an unbounded number of" for a retry that never gives up. */
    private static String upTo(Exposure e) {
        return e.attempts() == RetryBudget.UNBOUNDED ? "an unbounded number of" : "up to " + e.attempts();
    }

    private static String times(Exposure e) {
        return e.attempts() == RetryBudget.UNBOUNDED ? "without limit" : "up to " + e.attempts() + " times";
    }

    /** {@code 3 × 3: retryTemplate.execute(...) in OrderService.place, @Retryable(maxAttempts = 3) on InventoryClient.reserve}. */
    private static String layers(Exposure e) {
        String counts = e.layers().stream().map(l -> RetryBudget.attemptsText(l.budget().attempts()))
                .collect(Collectors.joining(" × "));
        String where = e.layers().stream().map(l -> "`" + l.text() + "` " + (l.kind() == RetryLayer.Kind.ANNOTATION
                ? "on" : "in") + " `" + l.method() + "`" + (l.budget().assumed() ? " (default budget)" : ""))
                .collect(Collectors.joining(", "));
        return (e.layers().size() > 1 ? counts + ": " : "") + where;
    }

    private static String backoffs(Exposure e) {
        return e.layers().stream().filter(l -> l.budget().hasBackoff())
                .map(l -> l.budget().backoffMs() == null ? "a backoff" : l.budget().backoffMs() + " ms")
                .findFirst().orElse("a backoff") + " between attempts";
    }

    private static List<RelatedLocation> related(RetryGrowth g) {
        List<RelatedLocation> out = new ArrayList<>();
        for (RetryLayer l : g.after().layers()) {
            if (!l.location().equals(g.at())) {
                out.add(new RelatedLocation(l.location(), "retry: " + l.describe()));
            }
        }
        if (g.after().looped() && !g.after().loop().location().equals(g.at())) {
            out.add(new RelatedLocation(g.after().loop().location(), "loop over `" + g.after().loop().iterates() + "`"));
        }
        Hop last = g.after().path().get(g.after().path().size() - 1);
        out.add(new RelatedLocation(last.site().location(), "retried work `" + g.after().leaf() + "`"));
        return out;
    }

    private static List<FlowStep> flow(Exposure e) {
        List<FlowStep> out = new ArrayList<>();
        for (int i = 0; i < e.path().size(); i++) {
            Hop hop = e.path().get(i);
            boolean last = i == e.path().size() - 1;
            out.add(new FlowStep(hop.site().location(), hop.methodName() + (last ? " runs `" : " calls `")
                    + hop.site().shortText() + "`"));
        }
        return out;
    }

    private static Map<String, Object> properties(MethodPair pair, RetryGrowth g) {
        Map<String, Object> p = new TreeMap<>();
        Exposure a = g.after();
        Exposure b = g.before();
        p.put("kind", g.kind().id());
        p.put("work", a.leaf());
        p.put("attemptsBefore", b == null ? 1 : attemptsValue(b.attempts()));
        p.put("attemptsAfter", attemptsValue(a.attempts()));
        p.put("backoffMsBefore", backoff(b));
        p.put("backoffMsAfter", backoff(a));
        p.put("layers", a.layers().stream().map(RetryLayer::describe).toList());
        if (a.looped()) {
            p.put("perElementOf", a.loop().iterates());
        }
        if (a.nonIdempotent() != null) {
            p.put("nonIdempotent", a.nonIdempotent());
        }
        p.put("matchedBy", pair.evidence().name());
        Map<String, Object> before = new LinkedHashMap<>();
        Location where = b != null && b.retried() ? b.layers().get(0).location() : pair.before().location();
        before.put("file", where.path());
        before.put("line", where.line());
        before.put("method", pair.before().displayName());
        before.put("snippet", b != null && b.retried() ? b.layers().get(0).text() : pair.before().signature());
        p.put("before", before);
        return p;
    }

    private static Object attemptsValue(long attempts) {
        return attempts == RetryBudget.UNBOUNDED ? "unbounded" : (Object) attempts;
    }

    /** The shortest wait between attempts over the layers (0 when one of them does not wait), or "unknown". */
    private static Object backoff(Exposure e) {
        if (e == null || !e.retried()) {
            return 0;
        }
        long min = Long.MAX_VALUE;
        for (RetryLayer l : e.layers()) {
            if (!l.budget().hasBackoff()) {
                return 0;
            }
            if (l.budget().backoffMs() == null) {
                return "unknown";
            }
            min = Math.min(min, l.budget().backoffMs());
        }
        return min;
    }

    private static String capitalize(String s) {
        return s.isEmpty() || s.startsWith("`") ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
