package dev.opsdiff.rules;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.FallbackPaths;
import dev.opsdiff.summary.EffectKey;
import dev.opsdiff.summary.Occurrence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeMap;

/**
 * A fallback — a catch block, an error handler's callback, a method named as an annotation's fallback, a Feign
 * fallback class — now reads from a database, a remote service or a remote cache it did not read before: every
 * failure of the primary now sends traffic downstream, when downstream is weakest.
 */
public final class FallbackAmplificationRule implements Rule {
    public static final String ID = "fallback-amplification";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "FallbackAmplification", Level.WARNING,
            "A fallback or error path (catch block, onErrorResume/exceptionally, fallbackMethod, Feign fallback) "
                    + "now calls a remote service, database or remote cache it did not call before: every failure "
                    + "of the primary sends more traffic downstream.",
            List.of("reliability", "resilience", "refactoring"), "medium", "warning");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        Map<EffectKey, Reach> after = reachedOnFailure(context.afterSide(), paths(context.afterSide()), pair.after(),
                FallbackAmplificationRule::amplifies);
        if (after.isEmpty()) {
            return;
        }
        // Only a failure path that made no read at all before (it returned a default, a constant, a value in hand)
        // turned into traffic: one that already called downstream and now reaches one more store is not the shape,
        // and is mostly a create-if-missing flow written as try/catch.
        if (!reachedOnFailure(context.beforeSide(), paths(context.beforeSide()), pair.before(), Effect::remote)
                .isEmpty()) {
            return;
        }
        for (Reach r : after.values()) {
            context.report(finding(pair, r));
        }
    }

    /** Fallback methods are found once per program (a scan of every type's annotations), not once per pair. */
    private static FallbackPaths paths(PairContext.Side side) {
        return side.program().analysis(FallbackPaths.class, FallbackPaths::new);
    }

    /** What a failure-only call reaches: the call, why it runs only on failure, and the effect at the end. */
    private record Reach(ResolvedCall call, String why, Effect effect, Occurrence through) {
    }

    /** The reads a method's failure-only calls reach, per effect, first call in source order. */
    private static Map<EffectKey, Reach> reachedOnFailure(PairContext.Side side, FallbackPaths paths, MethodModel m,
                                                          Predicate<Effect> counts) {
        Map<EffectKey, Reach> out = new LinkedHashMap<>();
        for (ResolvedCall c : side.program().calls(m)) {
            Optional<String> why = paths.onFailure(m, c.site());
            if (why.isEmpty()) {
                continue;
            }
            if (c.effect() != null && counts.test(c.effect())) {
                out.putIfAbsent(new EffectKey(c.effect().kind(), c.effect().resource()),
                        new Reach(c, why.get(), c.effect(), null));
            }
            Set<String> seen = new HashSet<>();
            for (String target : c.targets()) {
                MethodModel callee = side.program().program().method(target).orElse(null);
                if (callee == null || !seen.add(target) || callee == m) {
                    continue;
                }
                for (Occurrence o : side.summaries().summary(callee).all().values()) {
                    if (counts.test(o.effect()) && !o.inMemoryOnly()) {
                        out.putIfAbsent(o.key(), new Reach(c, why.get(), o.effect(), o));
                    }
                }
            }
        }
        return out;
    }

    /** Reads that cross the network: a fallback that writes (marks a failure, parks a message) is error handling. */
    private static boolean amplifies(Effect e) {
        return e.remote() && (e.kind() == EffectKind.DB_QUERY || e.kind() == EffectKind.REMOTE_CALL
                || e.kind() == EffectKind.CACHE_READ);
    }

    private static Finding finding(MethodPair pair, Reach r) {
        String call = r.through() == null ? r.call().site().shortText() : r.through().last().site().shortText();
        String message = "`" + call + "` (" + r.effect().kind().describe() + ") now runs on the failure path of `"
                + pair.after().displayName() + "` (" + r.why() + "): every failure of the primary call now also "
                + "sends this " + r.effect().kind().describe() + " downstream (before: the failure path made no "
                + r.effect().kind().describe() + " to `" + r.effect().resource() + "`)."
                + (r.effect().basis() == null ? "" : " Lower confidence: " + r.effect().basis() + ".");
        Map<String, Object> properties = new TreeMap<>();
        properties.put("effect", r.effect().kind().id());
        properties.put("resource", r.effect().resource());
        properties.put("failurePath", r.why());
        List<RelatedLocation> related = new ArrayList<>();
        List<FlowStep> flow = new ArrayList<>();
        flow.add(new FlowStep(r.call().site().location(), r.why() + ": `" + r.call().site().shortText() + "`"));
        if (r.through() != null) {
            r.through().path().forEach(h -> flow.add(new FlowStep(h.site().location(),
                    h.methodName() + " calls `" + h.site().shortText() + "`")));
            related.add(new RelatedLocation(r.through().last().site().location(),
                    r.effect().kind().describe() + " `" + call + "`"));
        }
        String fingerprint = ID + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                + r.effect().api();
        Level level = r.effect().basis() == null ? null : Level.NOTE;
        return new Finding(ID, level, message, r.call().site().location(), pair.after().id(), related, flow,
                properties, fingerprint, null);
    }
}
