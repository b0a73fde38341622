package dev.opsdiff.rules;

import dev.opsdiff.catalog.ProxyApi;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.ProxyCalls;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A method whose annotation works through the bean's proxy ({@code @Transactional}, {@code @Cacheable},
 * {@code @Async}, {@code @Retryable}, ...; catalog section {@code proxies:}) is now called on the same object, where
 * before it was called through another bean, or where before the caller itself carried the annotation that now sits
 * on the helper. The call no longer passes the proxy, so the annotation does nothing.
 */
public final class ProxyBypassRule implements Rule {
    public static final String ID = "proxy-bypass";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "ProxyBypass", Level.ERROR,
            "A method whose annotation is applied by the bean's proxy (@Transactional, @Cacheable, @Async, "
                    + "@Retryable, ...) is now called on the same object, so the annotation no longer applies.",
            List.of("correctness", "spring", "refactoring"), "high", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        ResolvedProgram after = context.afterSide().program();
        List<ProxyApi> callerHas = after.proxiesOn(pair.after(), true);
        for (ResolvedCall call : after.calls(pair.after())) {
            if (!ProxyCalls.onSameObject(call.site())) {
                continue;
            }
            for (String target : call.targets()) {
                MethodModel callee = after.program().method(target).orElse(null);
                if (callee == null || callee == pair.after()) {
                    continue; // recursion is not a bypass the change made
                }
                for (ProxyApi proxy : after.proxiesOn(callee, false)) {
                    if (proxy.covered() && callerHas.contains(proxy)) {
                        continue;
                    }
                    Optional<String> before = formerlyApplied(context, callee, proxy);
                    if (before.isPresent()) {
                        context.report(finding(pair, call.site(), callee, proxy, before.get()));
                        return;
                    }
                }
            }
        }
    }

    /**
     * How the annotation applied BEFORE, said for the message: the caller reached the method (or its counterpart)
     * through a bean, or the caller itself carried the annotation that the change moved onto the helper.
     */
    private static Optional<String> formerlyApplied(PairContext context, MethodModel callee, ProxyApi proxy) {
        ResolvedProgram before = context.beforeSide().program();
        MethodModel caller = context.pair().before();
        Optional<String> counterpart = context.matching().ofAfter(callee.id()).map(p -> p.before().id());
        for (ResolvedCall call : before.calls(caller)) {
            if (ProxyCalls.onSameObject(call.site())) {
                continue;
            }
            for (String target : call.targets()) {
                MethodModel was = before.program().method(target).orElse(null);
                boolean same = was != null && (counterpart.map(target::equals).orElse(false)
                        || counterpart.isEmpty() && was.name().equals(callee.name())
                        && was.parameters().size() == callee.parameters().size());
                if (same && (before.proxiesOn(was, false).contains(proxy) || implementedWith(before, call, proxy))) {
                    return Optional.of("called through the bean as `" + call.site().shortText() + "`");
                }
            }
        }
        if (before.proxiesOn(caller, true).contains(proxy)
                && !context.afterSide().program().proxiesOn(context.pair().after(), true).contains(proxy)) {
            return Optional.of("the annotation was on `" + caller.displayName() + "` itself, which its callers "
                    + "reach through the bean");
        }
        return Optional.empty();
    }

    /** An interface call whose implementation carries the annotation (the proxy wraps the implementing bean). */
    private static boolean implementedWith(ResolvedProgram program, ResolvedCall call, ProxyApi proxy) {
        return call.targets().stream().map(t -> program.program().method(t).orElse(null))
                .anyMatch(m -> m != null && m.hasBody() && program.proxiesOn(m, false).contains(proxy));
    }

    private static Finding finding(MethodPair pair, CallSite site, MethodModel callee, ProxyApi proxy,
                                   String before) {
        String annotation = ProxyCalls.annotationOn(callee, proxy);
        String message = "`" + site.shortText() + "` calls " + annotation + " method `" + callee.displayName()
                + "` on the same object: the call does not pass the bean's proxy, so the proxy no longer applies "
                + proxy.applies() + " (before: " + before + ").";
        Map<String, Object> properties = new TreeMap<>();
        properties.put("annotation", annotation);
        properties.put("callee", callee.displayName());
        properties.put("before", before);
        List<RelatedLocation> related = List.of(new RelatedLocation(callee.location(),
                annotation + " on `" + callee.displayName() + "`"));
        List<FlowStep> flow = List.of(new FlowStep(site.location(), "self-invocation `" + site.shortText() + "`"),
                new FlowStep(callee.location(), annotation + " `" + callee.displayName() + "`"));
        String fingerprint = ID + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                + callee.name() + "|" + annotation;
        return new Finding(ID, null, message, site.location(), pair.after().id(), related, flow, properties,
                fingerprint, null);
    }
}
