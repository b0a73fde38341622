package dev.opsdiff.rules;

import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.HeldRegions;
import dev.opsdiff.summary.Hop;
import dev.opsdiff.summary.Occurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A remote call, remote cache access or message send that the BEFORE method made outside any transaction or lock now
 * runs while one is held: inside a {@code @Transactional} method (directly or through helpers), a transaction
 * template's callback, a {@code synchronized} method, or between {@code lock()} and {@code unlock()}.
 */
public final class IoInTransactionRule implements Rule {
    public static final String ID = "io-in-transaction";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "IoInTransaction", Level.WARNING,
            "A remote call, remote cache access or message send now runs inside a transaction or lock region where "
                    + "it ran outside before: the connection or lock is held for the length of the network call.",
            List.of("performance", "reliability", "transactions", "refactoring"), "medium", "warning");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        HeldRegions afterRegions = new HeldRegions(context.afterSide().program());
        HeldRegions beforeRegions = new HeldRegions(context.beforeSide().program());
        for (Occurrence a : context.after().all().values()) {
            if (!networkIo(a)) {
                continue;
            }
            Optional<HeldRegions.Region> now = afterRegions.around(pair.after(), a);
            if (now.isEmpty()) {
                continue;
            }
            Optional<Occurrence> before = context.before().get(a.key());
            // Only I/O the BEFORE method already did, outside any region, moved in: new calls are new behaviour.
            if (before.isEmpty() || beforeRegions.around(pair.before(), before.get()).isPresent()) {
                continue;
            }
            context.report(finding(pair, a, now.get()));
        }
    }

    /** Network I/O that is not the transaction's own database work. */
    private static boolean networkIo(Occurrence o) {
        EffectKind.Category c = o.key().kind().category();
        return o.effect().remote() && !o.inMemoryOnly() && c != EffectKind.Category.DATABASE;
    }

    private static Finding finding(MethodPair pair, Occurrence a, HeldRegions.Region region) {
        Hop last = a.last();
        String call = last.site().shortText();
        String message = "`" + call + "` (" + a.effect().kind().describe() + ") now runs inside " + region.opener()
                + ", which holds " + region.holds() + " for the length of the call (before: it ran outside any "
                + "transaction or lock in `" + pair.before().displayName() + "`)."
                + (a.effect().basis() == null ? "" : " Lower confidence: " + a.effect().basis() + ".");
        Map<String, Object> properties = new TreeMap<>();
        properties.put("effect", a.key().kind().id());
        properties.put("resource", a.key().resource());
        properties.put("region", region.opener());
        properties.put("holds", region.holds());
        List<RelatedLocation> related = List.of(new RelatedLocation(region.location(), "opens " + region.opener()),
                new RelatedLocation(last.site().location(), a.effect().kind().describe() + " `" + call + "`"));
        List<FlowStep> flow = new ArrayList<>();
        for (Hop h : a.path()) {
            flow.add(new FlowStep(h.site().location(), h.methodName() + " calls `" + h.site().shortText() + "`"));
        }
        String fingerprint = ID + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|"
                + a.effect().api();
        Level level = a.effect().basis() == null ? null : Level.NOTE;
        return new Finding(ID, level, message, a.first().site().location(), pair.after().id(), related, flow,
                properties, fingerprint, null);
    }
}
